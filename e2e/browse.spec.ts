import { expect, type Page } from '@playwright/test'
import { test } from './test'
import { FAMILIES } from '../lib/catalog/families'
import { catalog, guide } from './catalog'

test('home invites a paste and links to the most common errors', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paste an AWS error, get the checklist that fixes it')
  await expect(page.getByRole('link', { name: `Browse all ${catalog.length} errors` })).toBeVisible()
  for (const entry of catalog.filter((g) => ['access-denied', 'throttling-exception', 'validation-exception'].includes(g.slug))) {
    await page.getByRole('link', { name: entry.code, exact: true }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)
    await page.goBack()
  }
})

test('/errors lists every guide under its family, with counts', async ({ page }) => {
  await page.goto('/errors/')
  for (const [family, info] of Object.entries(FAMILIES)) {
    const members = catalog.filter((g) => g.family === family)
    const section = page.locator(`section[aria-labelledby="${family}"]`)
    if (members.length === 0) {
      await expect(section).toHaveCount(0)
      continue
    }
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(info.label)
    await expect(page.getByRole('navigation', { name: 'Families' }).getByRole('link', { name: `${info.label} (${members.length})` })).toBeVisible()
    for (const g of members) await expect(section.getByRole('link', { name: g.code, exact: true })).toHaveAttribute('href', `/errors/${g.slug}/`)
  }
})

const SERVICES = [...new Set(catalog.flatMap((g) => g.services))]
const byCode = (a: string, b: string) => a.localeCompare(b)

test('/errors lists every guide under each of its services, with counts', async ({ page }) => {
  await page.goto('/errors/')
  for (const service of SERVICES) {
    const members = catalog.filter((g) => g.services.includes(service))
    await expect(page.getByRole('navigation', { name: 'Services' }).getByRole('link', { name: `${service} (${members.length})`, exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: service, exact: true }).getByRole('link')).toHaveText(members.map((g) => g.code).sort(byCode))
  }
})

test.describe('the filter box of /errors', () => {
  const filterBox = (page: Page) => page.getByRole('searchbox', { name: 'Filter by code, title or service' })
  /** The codes a family section shows: each guide is in exactly one family. */
  const shownInFamilies = (page: Page) =>
    page
      .locator(
        Object.keys(FAMILIES)
          .map((f) => `section[aria-labelledby="${f}"] li:visible a`)
          .join(', '),
      )
      .allTextContents()

  test('narrows the lists as you type a code, a word of a title or a service, with counts', async ({ page }) => {
    await page.goto('/errors/')
    await filterBox(page).pressSequentially('throttl')
    const throttling = catalog.filter((g) => [...g.codes, g.title].some((text) => text.toLowerCase().includes('throttl')))
    await expect(page.getByRole('main').getByRole('status')).toHaveText(`${throttling.length} of ${catalog.length} guides match.`)
    expect((await shownInFamilies(page)).sort(byCode)).toEqual(throttling.map((g) => g.code).sort(byCode))
    const family = throttling[0]!.family
    const inFamily = throttling.filter((g) => g.family === family).length
    await expect(page.getByRole('navigation', { name: 'Families' }).getByRole('link', { name: `${FAMILIES[family].label} (${inFamily})` })).toBeVisible()
    await expect(page.getByRole('region', { name: FAMILIES['not-found'].label })).toBeHidden()

    await filterBox(page).fill('S3 Glacier')
    const glacier = catalog.filter((g) => g.services.includes('S3 Glacier'))
    expect(await shownInFamilies(page)).toEqual(glacier.map((g) => g.code))
    await expect(page.getByRole('region', { name: 'S3 Glacier', exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: 'DynamoDB', exact: true })).toBeHidden()
  })

  test('takes its text from ?q=, where the search form sends readers without a suggestion', async ({ page }) => {
    await page.goto('/errors/?q=throttl')
    await expect(filterBox(page)).toHaveValue('throttl')
    const throttling = catalog.filter((g) => [...g.codes, g.title].some((text) => text.toLowerCase().includes('throttl')))
    await expect(page.getByRole('main').getByRole('status')).toHaveText(`${throttling.length} of ${catalog.length} guides match.`)
  })

  test('says when nothing matches, and shows everything again when emptied', async ({ page }) => {
    await page.goto('/errors/')
    await filterBox(page).fill('no such error at all')
    await expect(page.getByRole('main').getByRole('status')).toHaveText('No guide matches.')
    expect(await shownInFamilies(page)).toEqual([])
    await filterBox(page).fill('')
    await expect(page.getByRole('main').getByRole('status')).toHaveText('')
    expect(await shownInFamilies(page)).toHaveLength(catalog.length)
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('there is no filter box that cannot work, and every guide is listed', async ({ page }) => {
      await page.goto('/errors/')
      await expect(filterBox(page)).toHaveCount(0)
      expect(await shownInFamilies(page)).toHaveLength(catalog.length)
    })
  })
})

test('/catalog.json serves every guide for integrations', async ({ request }) => {
  const response = await request.get('/catalog.json')
  expect(response.ok()).toBe(true)
  expect(response.headers()['content-type']).toContain('application/json')
  const body = (await response.json()) as { guides: { slug: string; codes: string[]; url: string; checksUrl: string }[] }
  expect(body.guides.map((g) => g.slug).sort()).toEqual(catalog.map((g) => g.slug).sort())
  const accessDenied = body.guides.find((g) => g.slug === 'access-denied')!
  expect(accessDenied.codes).toContain('AccessDeniedException')
  // Each guide's checklist is a file of its own, named in its entry.
  const checklist = await request.get(accessDenied.checksUrl)
  expect(checklist.headers()['content-type']).toContain('application/json')
  const { checks } = (await checklist.json()) as { checks: { id: string; command?: string }[] }
  expect(checks.map((c) => c.id)).toEqual(guide('access-denied').checks.map((c) => c.id))
})

test('an unknown address shows a page that leads back to the guides', async ({ page }) => {
  const response = await page.goto('/errors/no-such-error/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address')
  await page.getByRole('link', { name: 'Browse all errors' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All errors')
})
