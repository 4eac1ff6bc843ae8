import { axeViolations } from './axe'
import { expect, type Page } from '@playwright/test'
import { test } from './test'
import { guide } from './catalog'

const INDEX = '/search-index.json'
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search errors' })
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option')

async function search(page: Page, text: string) {
  await searchBox(page).click()
  await searchBox(page).fill(text)
}

test.describe('finding a guide', () => {
  test('by its code, in any letter case: the guide comes first', async ({ page }) => {
    await page.goto('/errors/')
    await search(page, 'invalidclienttokenid')
    await expect(results(page).first()).toContainText('InvalidClientTokenId')
    await expect(results(page).first()).toContainText(guide('invalid-client-token-id').title)
    await expect(results(page).first().locator('mark').first()).toHaveText('InvalidClientTokenId')
  })

  test('by a phrase from the message', async ({ page }) => {
    await page.goto('/')
    await search(page, 'rate exceeded')
    await expect(results(page).first()).toContainText('ThrottlingException')
    await expect(
      results(page)
        .first()
        .locator('mark')
        .filter({ hasText: /rate exceeded/i }),
    ).toHaveCount(1)
  })

  test('with a typo', async ({ page }) => {
    await page.goto('/')
    await search(page, 'acess denied')
    await expect(results(page).first()).toContainText('AccessDenied')
    await search(page, 'throttlng')
    await expect(results(page).first()).toContainText('ThrottlingException')
  })

  test('shows which guide a section or check belongs to', async ({ page }) => {
    await page.goto('/')
    await search(page, 'kms key policy grants')
    const check = results(page).filter({ hasText: 'Check the KMS key policy, grants and key state' })
    await expect(check).toContainText('Check in AccessDenied')
  })

  test('says so when nothing matches, and offers the list of all errors', async ({ page }) => {
    await page.goto('/')
    await search(page, 'qwxzv')
    await expect(page.getByText('No guide matches “qwxzv”.')).toBeVisible()
    await page.getByRole('link', { name: 'Browse all errors' }).click()
    await expect(page).toHaveURL(/\/errors\/$/)
  })

  test('a click on a result opens it', async ({ page }) => {
    await page.goto('/')
    await search(page, 'NoSuchBucket')
    await results(page).first().click()
    await expect(page).toHaveURL(/\/errors\/no-such-bucket\/$/)
  })
})

test.describe('with the keyboard only', () => {
  test('"/" opens the search; arrows choose and Enter opens the result', async ({ page }) => {
    await page.goto('/errors/')
    await page.keyboard.press('/')
    await expect(searchBox(page)).toBeFocused()
    await page.keyboard.type('kms')
    await expect(results(page).first()).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const second = results(page).nth(1)
    await expect(second).toHaveAttribute('aria-selected', 'true')
    await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!)
    await page.keyboard.press('ArrowUp')
    await expect(results(page).first()).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/errors\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/)
  })

  test('Ctrl+K and ⌘K open the search from anywhere; Escape closes it and returns focus', async ({ page }) => {
    await page.goto('/errors/')
    const skipLink = page.getByRole('link', { name: 'Skip to content' })
    await skipLink.focus()
    await page.keyboard.press('Control+k')
    await expect(searchBox(page)).toBeFocused()
    await page.keyboard.type('expired')
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('Escape')
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden()
    await expect(skipLink).toBeFocused()
    await page.keyboard.press('Meta+k')
    await expect(searchBox(page)).toBeFocused()
  })

  test('"/" typed in a text field is a character, not the shortcut', async ({ page }) => {
    await page.goto('/')
    await searchBox(page).click()
    await page.keyboard.type('s3/bucket')
    await expect(searchBox(page)).toHaveValue('s3/bucket')
  })

  test('a section result lands on that section, targeted', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('/')
    await page.keyboard.type('kms key disabled')
    await expect(results(page).filter({ hasText: 'Disabled key' })).toContainText('Section in KMSInvalidStateException')
    const position = (await results(page).allTextContents()).findIndex((text) => text.startsWith('Disabled key'))
    for (let i = 0; i <= position; i++) await page.keyboard.press('ArrowDown')
    await expect(results(page).nth(position)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/errors\/kms-invalid-state\/#fix-disabled$/)
    await expect(page.locator(':target')).toHaveAttribute('id', 'fix-disabled')
    await expect(page.locator('#fix-disabled')).toBeInViewport()
  })
})

test('the index is fetched on first focus, not with the page', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto(`/errors/${guide('access-denied').slug}/`)
  await page.waitForLoadState('networkidle')
  expect(requested).not.toContain(INDEX)
  const fetched = page.waitForRequest((request) => new URL(request.url()).pathname === INDEX)
  await searchBox(page).focus()
  await fetched
  await searchBox(page).fill('access')
  await expect(results(page).first()).toBeVisible()
  expect(requested.filter((path) => path === INDEX)).toHaveLength(1)
})

test('offline, with the code of its results never kept, the search says it could not load and the page stays', async ({ page }) => {
  // The page's own framework files load; the views fetched on first use, and the index, do not.
  const held = await (await page.goto(`/errors/${guide('access-denied').slug}/`))!.text()
  await page.route('**/_next/static/chunks/*.js', (route) =>
    held.includes(new URL(route.request().url()).pathname) ? route.continue() : route.abort('internetdisconnected'),
  )
  await page.route(`**${INDEX}`, (route) => route.abort('internetdisconnected'))
  await search(page, 'access')
  await expect(page.getByText('Search could not load.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide('access-denied').title)
})

test('at 360 px wide the search and its results fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/')
  await search(page, 'access denied')
  const list = page.getByRole('listbox', { name: 'Search results' })
  await expect(list).toBeVisible()
  const box = (await list.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(360)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the search open, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/errors/')
    await search(page, 'access')
    // The arrow moves through results shown: pressed before the index has loaded, it has none to move to.
    await expect(results(page).first()).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(results(page).first()).toHaveAttribute('aria-selected', 'true')
    // The search and its results, in the site's header: the page under them has its own scans (accessibility.spec.ts).
    expect(await axeViolations(page, { coloursOnly: colorScheme === 'dark', within: 'header' })).toEqual([])
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the search box opens the list of all errors, and sends none of the words', async ({ page }) => {
    await page.goto('/')
    await searchBox(page).fill('throttling')
    await searchBox(page).press('Enter')
    await expect(page).toHaveURL(/\/errors\/\??$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All errors')
  })
})
