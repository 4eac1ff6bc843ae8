import { describe, expect, it } from 'vitest'
import { withFrameworkOnDemand } from '../finish-pages/framework-on-demand'
import { pageAssets } from './page-assets'

describe('what a page loads, for the page-weight figures', () => {
  it('counts the scripts a finished page runs at load apart from those it holds until the framework boots', () => {
    const built =
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/a.css"/><script src="/reader.js" defer=""></script><script src="/_next/main.js" async=""></script></head><body><main>Guide</main><script>self.__next_f.push([1,"x"])</script></body></html>'
    expect(pageAssets(withFrameworkOnDemand(built, '/index.framework.txt').html)).toEqual({
      scripts: ['/reader.js'],
      heldScripts: ['/_next/main.js'],
      heldPayload: '/index.framework.txt',
      stylesheets: ['/_next/a.css'],
      legacyScripts: [],
    })
  })

  it('leaves out scripts for old browsers and files of other origins', () => {
    const html =
      '<head><script src="/legacy.js" nomodule=""></script><script src="https://cdn.example/x.js"></script><link rel="preload" as="script" href="/later.js"/></head>'
    expect(pageAssets(html)).toEqual({ scripts: ['/later.js'], heldScripts: [], stylesheets: [], legacyScripts: ['/legacy.js'] })
  })
})
