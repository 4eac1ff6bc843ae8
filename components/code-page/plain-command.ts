const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * A command as the guide checklist's code block shows it, without syntax colours: code pages are
 * thousands, and highlighting each command at build time would cost more than it gives.
 */
export function plainCommand(command: string): string {
  const escaped = command.replace(/[&<>"]/g, (c) => ESCAPES[c]!)
  return `<pre class="overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-3.5 pr-20 text-[0.8125rem] leading-relaxed whitespace-pre-wrap text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100" tabindex="0"><code>${escaped}</code></pre>`
}
