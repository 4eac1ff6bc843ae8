import { describe, expect, it } from 'vitest'
import { withScriptsAfterPaint } from '../finish-pages/scripts-after-paint'
import { pageAssets } from './page-assets'

describe('what a page loads, for the page-weight figures', () => {
  it('counts the scripts a finished page starts after its first paint, and its stylesheet', () => {
    const built =
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/a.css"/><script src="/_next/main.js" async=""></script></head><body><main>Guide</main></body></html>'
    expect(pageAssets(withScriptsAfterPaint(built))).toEqual({ scripts: ['/_next/main.js'], stylesheets: ['/_next/a.css'], legacyScripts: [] })
  })

  it('leaves out scripts for old browsers and files of other origins', () => {
    const html =
      '<head><script src="/legacy.js" nomodule=""></script><script src="https://cdn.example/x.js"></script><link rel="preload" as="script" href="/later.js"/></head>'
    expect(pageAssets(html)).toEqual({ scripts: ['/later.js'], stylesheets: [], legacyScripts: ['/legacy.js'] })
  })
})
