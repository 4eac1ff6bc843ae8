import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { test } from './test'
import { catalog } from './catalog'

// axe over a long guide takes 10 to 40 s on a quiet 2-core machine, and over a minute on a busy one: a scan is slow, not stuck.
test.describe.configure({ timeout: 180_000 })

const EVERY_PAGE = ['/', '/errors/', ...catalog.map((g) => `/errors/${g.slug}/`)]
/** One page of each kind, for the states that look the same on every page of a kind. */
const PAGE_KINDS = ['/', '/errors/', '/errors/access-denied/', '/errors/acess-denied/']
/**
 * Colours come from the components and the highlighting theme, not from a guide's words: the dark
 * theme is checked on one page of each kind and on the guides that, between them, use every kind of
 * callout, table and highlighted language. The light theme checks every page, for structure.
 */
const DARK_PAGES = [
  '/',
  '/errors/',
  ...['access-denied', 'throttling-exception', 'resource-not-found-exception', 'bucket-not-empty', 'permanent-redirect', 'eks-unauthorized', 'insufficient-capabilities-exception', 'invalid-client-token-id'].map((slug) => `/errors/${slug}/`),
]
const PAGES = { light: EVERY_PAGE, dark: DARK_PAGES }

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([])
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    for (const path of PAGES[colorScheme]) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.goto(path)
        await expectNoViolations(page)
      })
    }

    test('axe finds no violations on the not-found page with its suggestions', async ({ page }) => {
      await page.goto('/errors/acess-denied/')
      await expect(page.getByRole('region', { name: 'Did you mean' })).toBeVisible()
      await expectNoViolations(page)
    })

    test('axe finds no violations on /errors while filtering', async ({ page }) => {
      await page.goto('/errors/')
      await page.getByRole('searchbox', { name: 'Filter by code, title or service' }).fill('access')
      await expect(page.getByRole('main').getByRole('status')).toContainText('guides match')
      await expectNoViolations(page)
    })
  })
}

test.describe('dark theme chosen with the toggle on a light system', () => {
  test.use({ colorScheme: 'light' })
  for (const path of PAGE_KINDS) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.goto(path)
      await page.getByRole('button', { name: 'Dark theme' }).click()
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
      await expectNoViolations(page)
    })
  }
})
