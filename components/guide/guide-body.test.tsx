import { describe, expect, it } from 'vitest'
import { buildCatalog } from '@/lib/content/build-catalog'
import { VALID_FIXTURES } from '@/lib/content/test-helpers'
import { renderGuideBody } from './guide-body'

describe('a valid guide', () => {
  it('renders its body, checklist and table of contents', async () => {
    const guides = await buildCatalog(VALID_FIXTURES, { render: renderGuideBody, root: VALID_FIXTURES })
    const guide = guides.find((g) => g.slug === 'sample-denied')!
    expect(guide.html).toContain('<h2 id="what-it-means"')
    expect(guide.html).toContain('<li id="simulate"')
    expect(guide.html).toContain('--policy-source-arn')
    expect(guide.html).toMatch(/<table>/)
    expect(guide.toc.map((t) => t.id)).toEqual([
      'quick-fix',
      'what-it-means',
      'causes',
      'checklist',
      'confirm-caller-identity',
      'read-message',
      'simulate',
      'check-resource-policy',
      'check-scp',
      'check-cloudtrail',
      'fix',
      'attach-a-policy',
      'prevent',
      'examples',
      'related',
      'sources',
    ])
  })

  it('highlights code at build time, so the browser gets coloured HTML and no highlighter', async () => {
    const [guide] = await buildCatalog(VALID_FIXTURES, { render: renderGuideBody, root: VALID_FIXTURES })
    expect(guide!.html).toMatch(/<pre class="shiki[^"]*"[^>]*><code><span class="line"><span class="t-[0-9a-f]{8}">/)
  })
})
