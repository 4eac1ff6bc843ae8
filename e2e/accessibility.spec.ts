import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { catalog } from './catalog'

// axe's contrast check on the longest guides (2,000+ elements) needs more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 })

const PAGES = ['/', '/errors/', ...catalog.map((g) => `/errors/${g.slug}/`)]
/** One page of each kind, for the states that look the same on every page of a kind. */
const PAGE_KINDS = ['/', '/errors/', '/errors/access-denied/', '/errors/acess-denied/']

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([])
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    for (const path of PAGES) {
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
      await expect(page.getByRole('status')).toContainText('guides match')
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
