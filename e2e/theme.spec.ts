import { expect, type Page } from '@playwright/test'
import { test } from './test'

const WHITE = 'rgb(255, 255, 255)'
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
const themeToggle = (page: Page) => page.getByRole('button', { name: 'Dark theme' })

/** `#0e1116` or `rgb(14, 17, 22)` as the browser reports a computed colour. */
function asRgb(colour: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim())
  return hex
    ? `rgb(${hex
        .slice(1)
        .map((h) => parseInt(h, 16))
        .join(', ')})`
    : colour
}

test('a stored dark choice is in place before the first paint: no white flash', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('theme', 'dark')
    // The moment the parser reaches <body> is before anything can be painted: record the theme then.
    new MutationObserver((_, observer) => {
      if (!document.body) return
      observer.disconnect()
      const early = { theme: document.documentElement.dataset.theme, background: getComputedStyle(document.body).backgroundColor }
      ;(window as unknown as { early: typeof early }).early = early
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto('/errors/access-denied/')
  const early = await page.evaluate(() => (window as unknown as { early: { theme?: string; background: string } }).early)
  expect(early.theme).toBe('dark')
  expect(early.background).not.toBe(WHITE)
  expect(early.background).toBe(await bodyBackground(page))
})

test.describe('on a light system', () => {
  test.use({ colorScheme: 'light' })

  test('the toggle turns dark mode on, remembers it, and a second press follows the system again', async ({ page }) => {
    await page.goto('/')
    const html = page.locator('html')
    await expect(html).toHaveAttribute('data-theme', 'light')
    await expect(themeToggle(page)).toHaveAttribute('aria-pressed', 'false')
    expect(await bodyBackground(page)).toBe(WHITE)

    await themeToggle(page).click()
    await expect(html).toHaveAttribute('data-theme', 'dark')
    await expect(themeToggle(page)).toHaveAttribute('aria-pressed', 'true')
    expect(await bodyBackground(page)).not.toBe(WHITE)

    await page.goto('/errors/')
    await expect(html).toHaveAttribute('data-theme', 'dark')
    await expect(themeToggle(page)).toHaveAttribute('aria-pressed', 'true')

    await themeToggle(page).click()
    await expect(html).toHaveAttribute('data-theme', 'light')
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull()
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(html).toHaveAttribute('data-theme', 'dark')
  })

  test('code follows the chosen theme, not only the system setting', async ({ page }) => {
    await page.goto('/errors/access-denied/')
    // Each token has its light colour and, as --shiki-dark, its dark one (from its colour class).
    const token = page.locator('.shiki span[class^="t-"]').first()
    const declared = await token.evaluate((el) => {
      const style = getComputedStyle(el)
      return { light: style.color, dark: style.getPropertyValue('--shiki-dark').trim() }
    })
    await expect(token).toHaveCSS('color', asRgb(declared.light))
    await themeToggle(page).click()
    await expect(token).toHaveCSS('color', asRgb(declared.dark))
  })
})

test.describe('on a dark system', () => {
  test.use({ colorScheme: 'dark' })

  test('the site is dark, and choosing light is remembered', async ({ page }) => {
    await page.goto('/')
    const html = page.locator('html')
    await expect(html).toHaveAttribute('data-theme', 'dark')
    await themeToggle(page).click()
    await expect(html).toHaveAttribute('data-theme', 'light')
    expect(await bodyBackground(page)).toBe(WHITE)
    await page.reload()
    await expect(html).toHaveAttribute('data-theme', 'light')
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light')
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('the system setting decides, and no toggle that cannot work is shown', async ({ page }) => {
      await page.goto('/errors/access-denied/')
      expect(await bodyBackground(page)).not.toBe(WHITE)
      await expect(themeToggle(page)).toHaveCount(0)
    })
  })
})
