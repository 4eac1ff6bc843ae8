import { expect, type Page } from '@playwright/test'
import { test } from './test'
import { guide } from './catalog'
import { isLaidOut } from './laid-out'
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

  test("a guide's copy buttons sit above the code, not on its first line", async ({ page }) => {
    await page.goto('/errors/access-denied/')
    const blocks = page.locator('[data-code-block]')
    for (const i of [0, 1, 2]) {
      const block = blocks.nth(i)
      await block.scrollIntoViewIfNeeded()
      const button = (await block.locator('[data-copy]').boundingBox())!
      const firstLine = await block.locator('pre').evaluate((pre) => {
        const range = document.createRange()
        range.selectNodeContents(pre)
        return range.getClientRects()[0]!.top
      })
      expect(firstLine).toBeGreaterThanOrEqual(button.y + button.height)
    }
  })

  test("codes in a guide's facts box wrap whole, never mid-word", async ({ page }) => {
    await page.goto('/errors/access-denied/')
    for (const chip of await page.locator('dl code').all()) {
      const lines = await chip.evaluate((el) => el.getClientRects().length)
      expect(lines, await chip.innerText()).toBe(1)
    }
  })

  test('a table wider than the page scrolls in its box and shows that it does', async ({ page }) => {
    await page.goto('/errors/access-denied/')
    const wide = page.locator('.table-scroll').filter({ has: page.locator('table') })
    let box: { scrolls: boolean; cue: string } | undefined
    for (const table of await wide.all()) {
      // Measured where a reader sees it: a long guide lays out only what is near the screen, and decides what is near at its next frame.
      await table.scrollIntoViewIfNeeded()
      await expect.poll(() => isLaidOut(table.locator('table'))).toBe(true)
      const measured = await table.evaluate((el) => ({ scrolls: el.scrollWidth > el.clientWidth, cue: getComputedStyle(el).backgroundImage }))
      if (measured.scrolls) {
        box = measured
        break
      }
    }
    expect(box, 'a table that scrolls on a phone').toBeDefined()
    expect(box!.cue).toContain('gradient')
  })

  test('the home page lays out its sections under the paste box as they come near, and a link to one lands on it', async ({ page }) => {
    await page.goto('/')
    const family = page.getByRole('link', { name: 'Client-side', exact: true })
    expect(await isLaidOut(family)).toBe(false)
    await family.scrollIntoViewIfNeeded()
    // The browser decides what is near the screen at its next frame.
    await expect.poll(() => isLaidOut(family)).toBe(true)
    await expect(family).toBeInViewport()

    await page.goto('/#families')
    await expect(page.getByRole('heading', { name: 'Errors by family' })).toBeInViewport()
  })

  test('the search box shows its icon, and while in use spans the header so the whole query can be read', async ({ page }) => {
    await page.goto('/errors/access-denied/')
    const form = page.getByRole('search')
    const box = page.getByRole('combobox', { name: 'Search errors' })
    await expect(form.locator('svg')).toBeVisible()
    await expect(box).toHaveAttribute('placeholder', 'Search, or paste an error')

    await box.click()
    await box.pressSequentially('presigned url expired')
    const field = (await box.boundingBox())!
    expect(field.x).toBeGreaterThanOrEqual(0)
    expect(field.x + field.width).toBeLessThanOrEqual(360)
    expect(field.width).toBeGreaterThanOrEqual(300)
    // Nothing typed is scrolled out of sight.
    expect(await box.evaluate((input) => input.scrollWidth <= input.clientWidth)).toBe(true)
    const list = (await page.getByRole('listbox', { name: 'Search results' }).boundingBox())!
    expect(list.y).toBeGreaterThanOrEqual(field.y + field.height)
    expect(list.x + list.width).toBeLessThanOrEqual(360)

    // Done with it (a tap outside the search and its results), the header is back: the other links are in reach again.
    await page.getByRole('contentinfo').click()
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All errors' })).toBeInViewport()
    expect((await box.boundingBox())!.width).toBeLessThan(200)
  })
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
