import { readFileSync } from 'node:fs'
import { expect } from '@playwright/test'
import type { Registry } from '../lib/registry/types'
import { codePagePaths } from './catalog'
import { isLaidOut } from './laid-out'
import { test } from './test'

const registry = JSON.parse(readFileSync('data/registry/registry.json', 'utf8')) as Registry
// Codes with no guide today; when one gets a guide, pick another code page here.
const CODE = 'KMSThrottlingException'
const DOTTED = 'InvalidGroup.Duplicate'
const entry = registry.codes.find((c) => c.code === CODE)!

test('the codes these tests use still have code pages, not guides', () => {
  expect(codePagePaths).toEqual(expect.arrayContaining([`/errors/${CODE}/`, `/errors/${DOTTED.replace('.', '-')}/`]))
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a code page gives the code’s facts, its checklist and the honest word that no guide exists yet', async ({ page }) => {
    await page.goto(`/errors/${CODE}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CODE)
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
  await page.goto(`/errors/${DOTTED.replace('.', '-')}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DOTTED)
  const internal = await page.locator('main a[href^="/"]').evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).pathname))])
  expect(internal.length).toBeGreaterThan(2)
  for (const path of internal) expect((await request.get(path)).status(), path).toBe(200)
})

test('a code in another letter case, or with its dots, reaches its page from the not-found page', async ({ page }) => {
  await page.goto(`/errors/${CODE.toLowerCase()}/#checklist`)
  await expect(page).toHaveURL(new RegExp(`/errors/${CODE}/#checklist$`))
  await page.goto(`/errors/${DOTTED}`)
  await expect(page).toHaveURL(new RegExp(`/errors/${DOTTED.replace('.', '-')}/$`))
})

test('the header search finds a code page', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('combobox', { name: /search/i })
  await search.fill(CODE)
  await expect(page.getByRole('option').first()).toContainText(CODE)
})

test('a code page lays out its sections as they come near, and a link to one of its parts lands on it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(`/errors/${CODE}/`)
  const sources = page.getByRole('heading', { name: 'Sources' })
  expect(await isLaidOut(sources)).toBe(false)

  const check = page.locator('ol.checklist > li').last()
  const id = await check.getAttribute('id')
  await page.goto(`/errors/${CODE}/#${id}`)
  await expect(check).toBeInViewport()
  await page.goto(`/errors/${CODE}/#sources`)
  await expect(sources).toBeInViewport()
})
