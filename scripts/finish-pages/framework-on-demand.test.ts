import { describe, expect, it } from 'vitest'
import { payloadPathFor, withFrameworkOnDemand } from './framework-on-demand'

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`
const CHUNK = '<script src="/_next/static/chunks/main.js" async=""></script>'
const PRELOAD = '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>'
const RUNTIME = '<script src="/_next/static/chunks/runtime.js" async=""></script>'
const CHUNK_LIST = '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>'
const BOOTSTRAP = '<script>(self.__next_f=self.__next_f||[]).push([0])</script>'
const PAYLOAD = '<script>self.__next_f.push([1,"page payload"])</script>'
const THEME = '<script>(function () { document.documentElement.dataset.scripts = "" })()</script>'
const READER = '<script src="/reader.js" defer=""></script>'
const LEGACY = '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>'
const STYLESHEET = '<link rel="stylesheet" href="/a.css"/>'

const built = page(`${STYLESHEET}${PRELOAD}${THEME}${READER}${LEGACY}${CHUNK}`, `<main>Guide</main>${CHUNK_LIST}${RUNTIME}${BOOTSTRAP}${PAYLOAD}`)
const PAYLOAD_URL = '/errors/access-denied/index.framework.txt'
const { html: finished, payload } = withFrameworkOnDemand(built, PAYLOAD_URL)

describe("the framework's scripts, held for when the reader needs them", () => {
  it('moves every chunk, in page order, into one template at the end of <body>, which names the file of inline scripts', () => {
    expect(finished).toContain(`<main>Guide</main><template data-framework="" data-payload="${PAYLOAD_URL}">${CHUNK}${RUNTIME}</template></body>`)
  })

  it('takes the inline payload and chunk list, in page order, out of the page into that file', () => {
    expect(payload).toBe(`${CHUNK_LIST}${BOOTSTRAP}${PAYLOAD}`)
  })

  it('puts that file beside the page', () => {
    expect(payloadPathFor('errors/access-denied/index.html')).toBe(PAYLOAD_URL)
    expect(payloadPathFor('404.html')).toBe('/404.framework.txt')
  })

  it('leaves nothing of the framework to load or run at load, not even a preload', () => {
    const outsideTemplate = finished.replace(/<template[\s\S]*<\/template>/, '')
    expect(outsideTemplate).not.toContain('/_next/static/chunks/main.js')
    expect(outsideTemplate).not.toContain('runtime.js')
    expect(outsideTemplate).not.toContain('__next_f')
  })

  it('keeps the scripts a reading page runs, and the stylesheet, where they were', () => {
    expect(/<head>([\s\S]*)<\/head>/.exec(finished)![1]).toBe(`<meta charSet="utf-8"/>${STYLESHEET}${THEME}${READER}${LEGACY}`)
  })

  it('changes nothing when it runs again, or on a page without the framework', () => {
    expect(withFrameworkOnDemand(finished, PAYLOAD_URL)).toEqual({ html: finished })
    const redirect = page(READER, '<script src="/alias-redirect.js" defer=""></script><p>Redirecting</p>')
    expect(withFrameworkOnDemand(redirect, PAYLOAD_URL)).toEqual({ html: redirect })
  })

  it('refuses a page whose content a script must reveal, rather than leave it hidden', () => {
    const streamed = page(CHUNK, '<div hidden id="S:0">Late</div><script>$RC("B:0","S:0")</script>')
    expect(() => withFrameworkOnDemand(streamed, PAYLOAD_URL)).toThrow(/streamed content/)
  })

  it('refuses a page it cannot read rather than drop its scripts', () => {
    expect(() => withFrameworkOnDemand(`<html><body>${CHUNK}</body></html>`, PAYLOAD_URL)).toThrow('no <head>')
    expect(() => withFrameworkOnDemand(`<html><head>${CHUNK}</head><p>cut off`, PAYLOAD_URL)).toThrow('no </body>')
  })
})
