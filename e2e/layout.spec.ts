import { expect, type Page } from '@playwright/test'
import { test } from './test'
import { guide } from './catalog'
import { PAGE_KINDS, SAMPLE_GUIDES } from './pages'

/** Text reaching past the right edge outside any scrolling box, to name the culprit when a page scrolls sideways. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node && found.length < 5; node = walker.nextNode()) {
      const range = document.createRange()
      range.selectNodeContents(node)
      if (range.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5) continue
      let scrolls = false
      for (let el = node.parentElement; el; el = el.parentElement) scrolls ||= getComputedStyle(el).overflowX !== 'visible'
      if (!scrolls) found.push(`<${node.parentElement?.tagName.toLowerCase()}> ${node.textContent?.slice(0, 60)}`)
    }
    return found
  })

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })
  // Each template and the sample of guides; guide-html.spec.ts checks on every guide that wide content sits in a box that scrolls.
  for (const path of new Set([...PAGE_KINDS, ...SAMPLE_GUIDES.map((slug) => `/errors/${slug}/`)])) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, (await overflowing(page)).join('\n')).toBeLessThanOrEqual(360)
    })
  }
})

test.describe('printed', () => {
  test('a guide prints as a clean checklist, in light colours whatever the theme on screen', async ({ page }) => {
    const entry = guide('access-denied')
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'))
    await page.goto(`/errors/${entry.slug}/`)
    await page.emulateMedia({ media: 'print' })

    for (const screenOnly of [
      page.locator('body > header'),
      page.locator('body > footer'),
      page.getByRole('navigation', { name: 'Breadcrumb' }),
      page.locator('aside nav'),
      page.getByText('Contents', { exact: true }),
    ]) {
      await expect(screenOnly).toBeHidden()
    }
    await expect(page.getByRole('button')).toHaveCount(0)
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)')

    const firstCheck = page.locator('ol.checklist > li').first().getByRole('heading', { level: 3 })
    const box = await firstCheck.evaluate((h) => {
      const before = getComputedStyle(h, '::before')
      return { content: before.content, border: before.borderTopStyle }
    })
    expect(box).toEqual({ content: '""', border: 'solid' })

    const source = entry.sources[0]!
    const sourceLink = page.locator(`section[aria-labelledby="sources"] a[href="${source.url}"]`)
    expect(await sourceLink.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${source.url})"`)

    const command = page.locator('ol.checklist pre').first()
    await expect(command).toHaveCSS('white-space', 'pre-wrap')
  })
})
