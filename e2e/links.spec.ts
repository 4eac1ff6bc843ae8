import { expect, type Page } from '@playwright/test'
import { test } from './test'
import { SITE_URL } from '../lib/site'
import { catalog, codePagePaths, guide } from './catalog'

const accessDenied = guide('access-denied')
const check = accessDenied.checks[3]!
const dotted = catalog.find((g) => g.codes.includes('InvalidAMIID.NotFound'))!

async function expectGuideAt(page: Page, entry: typeof accessDenied, id: string) {
  await expect(page).toHaveURL(new RegExp(`/errors/${entry.slug}/#${id}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport()
}

test.describe('an error code in the address leads to its guide, keeping the #section', () => {
  const forms = [
    ['as AWS spells it', '/errors/AccessDeniedException/'],
    ['in lower case', '/errors/accessdeniedexception/'],
    ['without the closing slash', '/errors/AccessDeniedException'],
    ['in any other letter case, through the not-found page', '/errors/ACCESSDENIEDEXCEPTION'],
    ['as the slug in another letter case', '/errors/Access-Denied/'],
  ] as const
  for (const [form, path] of forms) {
    test(form, async ({ page }) => {
      await page.goto(`${path}#${check.id}`)
      await expectGuideAt(page, accessDenied, check.id)
    })
  }

  test('with a dot in the code, which some hosts take for a file name', async ({ page }) => {
    const target = dotted.checks[1]!
    await page.goto(`/errors/InvalidAMIID.NotFound#${target.id}`)
    await expectGuideAt(page, dotted, target.id)
  })
})

test('every code has its own redirect page, in its spelling and in lower case, naming its guide', async ({ request }) => {
  for (const entry of catalog) {
    for (const form of new Set(entry.codes.flatMap((code) => [code, code.toLowerCase()]))) {
      // `serve` answers a name with a dot as a missing file: the not-found page leads on (tested above).
      // A one-word code in lower case can be the slug itself (`Unsupported` → /errors/unsupported/): that is the guide.
      if (form.includes('.') || form === entry.slug) continue
      const response = await request.get(`/errors/${form}/`)
      expect(response.status(), form).toBe(200)
      const html = await response.text()
      expect(html, form).toContain(`<link rel="canonical" href="${new URL(`/errors/${entry.slug}/`, SITE_URL).href}"/>`)
      expect(html, form).toContain(`<meta http-equiv="refresh" content="0; url=/errors/${entry.slug}/"/>`)
      expect(html, form).toContain('<meta name="robots" content="noindex"/>')
    }
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('an alias address still leads to the guide', async ({ page }) => {
    await page.goto('/errors/AccessDeniedException/')
    await expect(page).toHaveURL(/\/errors\/access-denied\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(accessDenied.title)
  })

  test('headings and checks keep their plain # links, with no copy button', async ({ page }) => {
    await page.goto('/errors/access-denied/')
    await expect(page.locator('#causes').getByRole('link')).toHaveAttribute('href', '#causes')
    await expect(page.getByRole('button', { name: /copy link/i })).toHaveCount(0)
  })
})

test.describe('copy link', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
      })
    })
  })
  const copied = (page: Page) => page.evaluate(() => (window as unknown as { copied?: string }).copied)

  test('a section heading copies the full link to that section', async ({ page, baseURL }) => {
    await page.goto('/errors/access-denied/')
    const button = page.getByRole('button', { name: 'Copy link to section: Common causes' })
    await button.click()
    await expect(button).toHaveText('Copied')
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Copied')
    expect(await copied(page)).toBe(`${baseURL}/errors/access-denied/#causes`)
  })

  test('a check copies the full link to that check', async ({ page, baseURL }) => {
    await page.goto('/errors/access-denied/')
    const button = page.locator(`[id="${check.id}"]`).getByRole('button', { name: `Copy link to check: ${check.title}` })
    await button.click()
    await expect(button).toHaveText('Copied')
    expect(await copied(page)).toBe(`${baseURL}/errors/access-denied/#${check.id}`)
    await expect(button).toHaveText('Copy link')
  })

  test('every heading and check of a guide has one', async ({ page }) => {
    for (const entry of [accessDenied, guide('throttling-exception')]) {
      await page.goto(`/errors/${entry.slug}/`)
      const targets = await page.getByRole('button', { name: /^Copy link to / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-copy-link')))
      expect(targets).toEqual(entry.toc.map((t) => t.id))
    }
  })
})

test('a linked section is highlighted and clear of the sticky header', async ({ page }) => {
  await page.goto('/errors/access-denied/#causes')
  const target = page.locator('#causes')
  await expect(target).toBeInViewport()
  await expect(target).toHaveCSS('outline-style', 'solid')
  await expect(page.locator('#fix')).toHaveCSS('outline-style', 'none')
  const headerBottom = await page.locator('body > header').evaluate((h) => h.getBoundingClientRect().bottom)
  expect(await target.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom)
})

test.describe('the not-found page', () => {
  test('suggests the guides a mistyped address most likely meant', async ({ page }) => {
    const response = await page.goto('/errors/acess-denied/')
    expect(response?.status()).toBe(404)
    const suggestions = page.getByRole('region', { name: 'Did you mean' })
    await expect(suggestions.getByRole('link').first()).toHaveText(accessDenied.title)
    await suggestions.getByRole('link', { name: accessDenied.title }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(accessDenied.title)
  })

  test('suggests nothing for an address that names no error, and still leads to all errors', async ({ page }) => {
    await page.goto('/wp-admin/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address')
    await expect(page.getByRole('link', { name: 'Browse all errors' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Did you mean' })).toHaveCount(0)
  })
})

test('the paste page and /errors each name their one canonical address', async ({ page }) => {
  for (const path of ['/', '/errors/']) {
    await page.goto(path)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL(path, SITE_URL).href)
  }
})

test('a guide link unfurls with its code, summary and canonical address', async ({ page }) => {
  const entry = guide('throttling-exception')
  await page.goto(`/errors/${entry.slug}/`)
  const canonical = new URL(`/errors/${entry.slug}/`, SITE_URL).href
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical)
  await expect(meta('description')).toHaveAttribute('content', entry.summary)
  await expect(meta('og:title')).toHaveAttribute('content', new RegExp(`^${entry.code}`))
  await expect(meta('og:description')).toHaveAttribute('content', entry.summary)
  await expect(meta('og:url')).toHaveAttribute('content', canonical)
  await expect(meta('og:type')).toHaveAttribute('content', 'article')
  await expect(meta('og:site_name')).toHaveAttribute('content', 'AWS Error Guide')
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary')
  await expect(meta('twitter:title')).toHaveAttribute('content', new RegExp(`^${entry.code}`))
  await expect(meta('twitter:description')).toHaveAttribute('content', entry.summary)
  await expect(meta('robots')).toHaveCount(0)
})

test('the sitemap lists the home page, the list, every guide and every code page, and no alias address', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  expect(paths.sort()).toEqual(['/', '/errors/', ...catalog.map((g) => `/errors/${g.slug}/`), ...codePagePaths].sort())
})

test('robots.txt lets crawlers in and names the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Allow: /')
  expect(robots).toContain(`Sitemap: ${new URL('/sitemap.xml', SITE_URL).href}`)
})

test('/catalog.json is announced on every page and linked in the footer', async ({ page }) => {
  for (const path of ['/', '/errors/', '/errors/access-denied/']) {
    await page.goto(path)
    await expect(page.locator('link[rel="alternate"][type="application/json"]')).toHaveAttribute('href', new URL('/catalog.json', SITE_URL).href)
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'catalog.json' })).toHaveAttribute('href', '/catalog.json')
  }
})
