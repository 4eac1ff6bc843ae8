import { expect, type Page } from '@playwright/test'
import { axeViolations } from './axe'
import { test } from './test'
import { PAGE_KINDS, SAMPLE_GUIDES } from './pages'

// axe over a long guide takes 10 to 40 s on a quiet 2-core machine, and over a minute on a busy one: a scan is slow, not stuck.
test.describe.configure({ timeout: 180_000 })

/**
 * Structure and colours come from the templates, the components and the highlighting theme, not
 * from a guide's words: each template and the sample of guides that,
 * between them, show every state of the guide template (e2e/pages.ts; guide-html.spec.ts keeps the
 * sample complete and checks every guide's structure from its built HTML) are checked with every rule
 * in the light theme and with the colour rules in the dark one.
 */
const PAGES = ['/', '/errors/', ...SAMPLE_GUIDES.map((slug) => `/errors/${slug}/`)]

/** Every rule in the light theme; in dark, where only colours differ, the colour rules. */
async function expectNoViolations(page: Page, colorScheme: 'light' | 'dark') {
  expect(await axeViolations(page, { coloursOnly: colorScheme === 'dark' })).toEqual([])
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    for (const path of PAGES) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.goto(path)
        await expectNoViolations(page, colorScheme)
      })
    }

    test('axe finds no violations on the not-found page with its suggestions', async ({ page }) => {
      await page.goto('/errors/acess-denied/')
      await expect(page.getByRole('region', { name: 'Did you mean' })).toBeVisible()
      await expectNoViolations(page, colorScheme)
    })

    test('axe finds no violations on /errors while filtering', async ({ page }) => {
      await page.goto('/errors/')
      await page.getByRole('searchbox', { name: 'Filter by code, title or service' }).fill('access')
      await expect(page.getByRole('main').getByRole('status')).toContainText('guides match')
      await expectNoViolations(page, colorScheme)
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
      await expectNoViolations(page, 'dark')
    })
  }
})
