import { expect, test } from '@playwright/test'
import { FAMILIES } from '../lib/catalog/families'
import { catalog } from './catalog'

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

test('/catalog.json serves every guide for integrations', async ({ request }) => {
  const response = await request.get('/catalog.json')
  expect(response.ok()).toBe(true)
  expect(response.headers()['content-type']).toContain('application/json')
  const body = (await response.json()) as { guides: { slug: string; codes: string[]; url: string }[] }
  expect(body.guides.map((g) => g.slug).sort()).toEqual(catalog.map((g) => g.slug).sort())
  expect(body.guides.find((g) => g.slug === 'access-denied')?.codes).toContain('AccessDeniedException')
})

test('an unknown address shows a page that leads back to the guides', async ({ page }) => {
  const response = await page.goto('/errors/no-such-error/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address')
  await page.getByRole('link', { name: 'Browse all errors' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All errors')
})
