import { expect, test, type Page } from '@playwright/test'
import { card, field } from './paste-helpers'

/**
 * On a phone the pages read first and boot the framework on intent (components/reader/). These
 * tests use Playwright's own page, not the fixture that waits for React: here it must not come
 * until the reader asks for it. (A desktop boots it when idle after load, which every other spec,
 * waiting for the page to hydrate, relies on.)
 */
test.use({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 823 } })

const FRAMEWORK = /\/_next\/static\/chunks\/.*\.js$/
const GUIDE = '/errors/access-denied/'
const CODE_PAGE = '/errors/KMSThrottlingException/'

/** Records the framework's files as the page requests them. */
function frameworkRequests(page: Page): string[] {
  const requested: string[] = []
  page.on('request', (request) => {
    if (FRAMEWORK.test(new URL(request.url()).pathname)) requested.push(request.url())
  })
  return requested
}

const live = (page: Page) => page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'))

for (const path of [GUIDE, CODE_PAGE, '/', '/errors/']) {
  test(`${path} loads and runs none of the framework while it is read`, async ({ page }) => {
    const requested = frameworkRequests(page)
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    await page.mouse.wheel(0, 600)
    await page.waitForTimeout(500)
    expect(requested).toEqual([])
    expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false)
  })
}

test('copy buttons, copy-link and the theme toggle work without the framework', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const requested = frameworkRequests(page)
  await page.goto(GUIDE)

  const copyCommand = page.getByRole('button', { name: 'Copy command to clipboard' }).first()
  await copyCommand.click()
  await expect(copyCommand).toHaveText('Copied')
  const command = await page.locator('ol.checklist pre').first().innerText()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command.trimEnd())
  await expect(copyCommand).toHaveText('Copy command')

  const copyLink = page.getByRole('button', { name: /^Copy link to check:/ }).first()
  await copyLink.click()
  const checkId = await copyLink.getAttribute('data-copy-link')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${GUIDE}#${checkId}$`))

  const toggle = page.getByRole('button', { name: 'Dark theme' })
  const dark = (await page.locator('html').getAttribute('data-theme')) === 'dark'
  await expect(toggle).toHaveAttribute('aria-pressed', String(dark))
  await toggle.click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', dark ? 'light' : 'dark')
  await expect(toggle).toHaveAttribute('aria-pressed', String(!dark))

  expect(requested).toEqual([])
})

test('text typed into the search before the framework boots is kept, and searched once it has', async ({ page }) => {
  await page.goto(GUIDE)
  const box = page.getByRole('combobox', { name: 'Search errors' })
  await box.pressSequentially('throttl')
  await live(page)
  await expect(box).toHaveValue('throttl')
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('ThrottlingException')
  await box.pressSequentially('ing')
  await expect(box).toHaveValue('throttling')
})

test('the search shortcut opens the search and boots the framework', async ({ page }) => {
  await page.goto(CODE_PAGE)
  await page.keyboard.press('/')
  const box = page.getByRole('combobox', { name: 'Search errors' })
  await expect(box).toBeFocused()
  await live(page)
  await expect(box).toHaveValue('')
})

test('an error pasted into the paste page before the framework boots is matched once it has', async ({ page }) => {
  await page.goto('/')
  await field(page).fill('An error occurred (ThrottlingException) when calling the DescribeInstances operation: Rate exceeded')
  await expect(card(page, 'throttling-exception')).toBeVisible({ timeout: 20_000 })
})

test('an example clicked before the framework boots is shown once it has', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'AccessDenied from the AWS CLI' }).click()
  await expect(card(page, 'access-denied')).toBeVisible({ timeout: 20_000 })
})

test('a link carrying facts boots the guide at load and fills it in', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'AccessDenied from the AWS CLI' }).click()
  const guideLink = card(page, 'access-denied').getByRole('link', { name: 'Open the guide with these facts filled in' })
  const href = await guideLink.getAttribute('href')
  expect(href).toMatch(/#diagnosis=/)
  const fresh = await page.context().newPage()
  await fresh.goto(href!)
  await expect(fresh.locator('[data-state="facts-filled"]')).toBeVisible({ timeout: 20_000 })
})
