import { describe, expect, it } from 'vitest'
import { afterPaintLoader, scriptsLoadedAfterPaint, withScriptsAfterPaint } from './scripts-after-paint'

const CHUNK = '<script src="/_next/static/chunks/main.js" async=""></script>'
const RUNTIME = '<script src="/_next/static/chunks/runtime.js" async=""></script>'
const INLINE = '<script>(self.__next_f=self.__next_f||[]).push([0])</script>'
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`
const LOADER = `<script>${afterPaintLoader(['/_next/static/chunks/main.js', '/_next/static/chunks/runtime.js'])}</script>`

describe('framework scripts after the first paint', () => {
  const finished = withScriptsAfterPaint(page(`<link rel="stylesheet" href="/a.css"/>${CHUNK}${INLINE}${RUNTIME}`, `<main>Guide</main>${INLINE}`))

  it('takes the chunks out of <head>, keeping the stylesheet and inline scripts where they were', () => {
    expect(/<head>([\s\S]*)<\/head>/.exec(finished)![1]).toBe(`<meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/>${INLINE}`)
    expect(finished).not.toContain('<script src=')
  })

  it('loads them, in their order, from the end of <body>, after the content', () => {
    expect(finished).toContain(`<main>Guide</main>${INLINE}${LOADER}</body>`)
    expect(scriptsLoadedAfterPaint(finished)).toEqual(['/_next/static/chunks/main.js', '/_next/static/chunks/runtime.js'])
  })

  it('leaves inline scripts and scripts that must block where they are', () => {
    const blocking = '<script src="/must-run-first.js"></script>'
    const html = page(`${INLINE}${blocking}`, '<main>Guide</main>')
    expect(withScriptsAfterPaint(html)).toBe(html)
  })

  it('refuses a page it cannot read rather than drop its scripts', () => {
    expect(() => withScriptsAfterPaint(`<html><body>${CHUNK}</body></html>`)).toThrow('no <head>')
    expect(() => withScriptsAfterPaint(`<html><head>${CHUNK}</head><p>cut off`)).toThrow('no </body>')
  })
})
