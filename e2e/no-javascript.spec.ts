import { expect } from '@playwright/test'
import { test } from './test'
import { guide } from './catalog'

test.use({ javaScriptEnabled: false })

test('a guide is readable with JavaScript turned off, checklist and commands included', async ({ page }) => {
  const entry = guide('access-denied')
  await page.goto(`/errors/${entry.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)
  const checks = page.locator('ol.checklist > li')
  await expect(checks).toHaveCount(entry.checks.length)
  const withCommand = entry.checks.find((c) => c.command)!
  await expect(page.locator(`[id="${withCommand.id}"] pre`)).toHaveText(withCommand.command!.trimEnd())
  // A copy button that cannot work is not shown.
  await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 2, name: 'What the message looks like' })).toBeVisible()
})

test('the folded contents open without JavaScript on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  const entry = guide('throttling-exception')
  await page.goto(`/errors/${entry.slug}/`)
  await page.getByText('Contents', { exact: true }).click()
  await page.locator('nav[aria-labelledby="toc-folded"]').getByRole('link', { name: 'How to fix', exact: true }).click()
  await expect(page).toHaveURL(/#fix$/)
  await expect(page.locator('#fix')).toBeInViewport()
})

test('browsing works without JavaScript', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: /Browse all \d+ errors/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All errors')
})

test('the paste page says matching needs JavaScript and offers the guides instead', async ({ page }) => {
  await page.goto('/')
  // Playwright turns off script execution, not the parser's scripting flag, so <noscript> stays
  // unrendered here as it would not in a browser with JavaScript off: read its markup instead.
  const fallback = await page.locator('noscript').innerHTML()
  expect(fallback).toContain('Matching a pasted error needs JavaScript, which is off.')
  expect(fallback).toMatch(/<a href="\/errors\/">browse all (<!-- -->)?\d+(<!-- -->)? errors<\/a>/)
  await expect(page.getByRole('button', { name: 'AccessDenied from the AWS CLI' })).toHaveCount(0)
})

test('controls that need JavaScript are not offered: the theme toggle, the example pastes', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden()
  await expect(page.getByText('Or try an example:')).toBeHidden()
})
