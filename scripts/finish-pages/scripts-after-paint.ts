/**
 * Starts the framework's scripts once the page has painted, instead of from <head>.
 *
 * Next.js puts its chunks in <head> as async scripts. Served fast, they arrive while the page is
 * still being laid out and run before the browser presents its first frame, so the reader waits
 * for React to boot before seeing any text; on a slow link their downloads also compete with the
 * page and its stylesheet. Here a small inline loader at the end of <body> adds the same scripts
 * (still async, in the same order) after the first frame: the guide shows first, then becomes
 * interactive. A hidden tab gets no frames, so there the scripts start at once.
 */

const HEAD = /<head(?:\s[^>]*)?>[\s\S]*?<\/head>/i
const ASYNC_SCRIPT = /<script\b(?=[^>]*\ssrc="([^"]+)")(?=[^>]*\sasync\b)[^>]*><\/script>/gi

const LOADER_START = '(function(){var s='
const LOADED = /\(function\(\)\{var s=(\[[^\]]*\]);/

/** The loader for these script files; rAF runs just before a frame, a task queued from it after. */
export function afterPaintLoader(sources: string[]): string {
  return (
    `${LOADER_START}${JSON.stringify(sources)};function load(){s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=true;document.body.appendChild(e)})}` +
    `if(document.visibilityState==="hidden")load();else requestAnimationFrame(function(){setTimeout(load,0)})})()`
  )
}

export function withScriptsAfterPaint(html: string): string {
  const head = HEAD.exec(html)
  if (!head) throw new Error('the page has no <head>')
  const sources: string[] = []
  const newHead = head[0].replace(ASYNC_SCRIPT, (_, src: string) => {
    sources.push(src)
    return ''
  })
  if (sources.length === 0) return html
  const page = html.slice(0, head.index) + newHead + html.slice(head.index + head[0].length)
  const bodyEnd = page.lastIndexOf('</body>')
  if (bodyEnd === -1) throw new Error('the page has no </body>')
  return `${page.slice(0, bodyEnd)}<script>${afterPaintLoader(sources)}</script>${page.slice(bodyEnd)}`
}

/** The script files a finished page loads after its first paint (for the page-weight benchmark). */
export function scriptsLoadedAfterPaint(html: string): string[] {
  const list = LOADED.exec(html)?.[1]
  return list ? (JSON.parse(list) as string[]) : []
}
