import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findBrokenLinks } from './find-broken-links'

/** A tiny exported site: `pages` maps a file under out/ to its HTML body. */
async function site(pages: Record<string, string>): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'out-'))
  for (const [file, body] of Object.entries(pages)) {
    await mkdir(dirname(join(out, file)), { recursive: true })
    await writeFile(join(out, file), `<!DOCTYPE html><html><head></head><body>${body}</body></html>`)
  }
  return out
}

const SITE = new URL('https://guide.example')

describe('the link check over the exported site', () => {
  it('passes links to pages and ids that exist, in every form a page writes them', async () => {
    const out = await site({
      'index.html': `<h1 id="top">Home</h1>
        <a href="/errors/">All</a> <a href="/errors/x/#causes">Causes</a> <a href="errors/x/">Relative</a> <a href="#top">Top</a>
        <a href="/catalog.json">Catalog</a> <a href="/errors/x">No slash</a> <a href="/errors/x/?q=1&amp;r=2#fix">Query</a>
        <link rel="canonical" href="https://guide.example/errors/x/"/> <a href="https://aws.amazon.com/missing">Elsewhere</a>
        <script src="/theme.js"></script>`,
      'errors/index.html': '<p>All</p>',
      'errors/x/index.html': '<h2 id="causes">Causes</h2><li id="fix">Fix</li><noscript><meta http-equiv="refresh" content="0; url=/errors/"/></noscript>',
      'catalog.json': '{}',
      'theme.js': '',
    })
    expect(await findBrokenLinks(out, SITE)).toEqual({ pages: 3, links: 10, broken: [] })
  })

  it('reports a missing page, a missing id, and a refresh or canonical link that leads nowhere', async () => {
    const out = await site({
      'index.html': `<a href="/errors/gone/">Gone</a> <a href="/errors/x/#no-such-check">Check</a> <a href="#nowhere">Here</a>
        <link rel="canonical" href="https://guide.example/errors/old/"/>`,
      'errors/x/index.html': '<h2 id="causes">Causes</h2><noscript><meta http-equiv="refresh" content="0; url=/errors/moved/"/></noscript>',
    })
    const { broken } = await findBrokenLinks(out, SITE)
    expect(broken).toEqual([
      { page: 'index.html', link: '/errors/gone/', reason: 'no page at /errors/gone/' },
      { page: 'index.html', link: '/errors/x/#no-such-check', reason: '/errors/x/ has no element with id "no-such-check"' },
      { page: 'index.html', link: '#nowhere', reason: '/ has no element with id "nowhere"' },
      { page: 'index.html', link: 'https://guide.example/errors/old/', reason: 'no page at /errors/old/' },
      { page: join('errors', 'x', 'index.html'), link: '/errors/moved/', reason: 'no page at /errors/moved/' },
    ])
  })

  it('does not take text inside inline scripts for links', async () => {
    const out = await site({ 'index.html': '<script>self.push("<a href=\\"/nowhere/\\">")</script><script>var a = \'<a href="/nowhere/">\'</script>' })
    expect((await findBrokenLinks(out, SITE)).broken).toEqual([])
  })
})
