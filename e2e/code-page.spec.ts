import { readFileSync } from 'node:fs'
import { expect } from '@playwright/test'
import type { Registry } from '../lib/registry/types'
import { test } from './test'

const registry = JSON.parse(readFileSync('data/registry/registry.json', 'utf8')) as Registry
// Codes that no guide covers (a code a guide takes over loses its page to the guide).
const entry = registry.codes.find((c) => c.code === 'KMSThrottlingException')!

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a code page gives the code’s facts, its checklist and the honest word that no guide exists yet', async ({ page }) => {
    await page.goto('/errors/KMSThrottlingException/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('KMSThrottlingException')
    await expect(page.getByText('No full guide for this code yet')).toBeVisible()
    const rows = page.getByRole('table').getByRole('row')
    await expect(rows).toHaveCount(entry.sources.length + 1)
    await expect(page.getByRole('rowheader', { name: /^Kinesis/ })).toBeVisible()
    await expect(page.getByRole('link', { name: 'GetRecords' }).first()).toHaveAttribute(
      'href',
      /^https:\/\/docs\.aws\.amazon\.com\/goto\/WebAPI\/.+\/GetRecords$/,
    )
    await expect(page.locator('ol.checklist > li').first()).toBeVisible()
    await expect(page.locator('ol.checklist pre').first()).not.toBeEmpty()
    await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0)
  })
})

test('every link on a code page resolves', async ({ page, request }) => {
  await page.goto('/errors/InvalidKeyPair-Duplicate/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('InvalidKeyPair.Duplicate')
  const internal = await page.locator('main a[href^="/"]').evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).pathname))])
  expect(internal.length).toBeGreaterThan(2)
  for (const path of internal) expect((await request.get(path)).status(), path).toBe(200)
})

test('a code in another letter case, or with its dots, reaches its page from the not-found page', async ({ page }) => {
  await page.goto('/errors/kmsthrottlingexception/#checklist')
  await expect(page).toHaveURL(/\/errors\/KMSThrottlingException\/#checklist$/)
  await page.goto('/errors/InvalidKeyPair.Duplicate')
  await expect(page).toHaveURL(/\/errors\/InvalidKeyPair-Duplicate\/$/)
})

test('the header search finds a code page', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('combobox', { name: /search/i })
  await search.fill('KMSThrottlingException')
  // Guides rank above code pages (ThrottlingException's guide comes first here); the code page is listed too.
  await expect(page.getByRole('option').filter({ hasText: 'KMSThrottlingException' }).first()).toBeVisible()
})
