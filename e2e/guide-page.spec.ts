import { expect } from '@playwright/test'
import { test } from './test'
import { catalog, guide } from './catalog'
import { sampleGuides } from './pages'

const FOUNDATION_GUIDES = ['access-denied', 'invalid-client-token-id', 'throttling-exception', 'resource-not-found-exception', 'validation-exception']

test('the five foundation guides are published', () => {
  expect(catalog.map((g) => g.slug)).toEqual(expect.arrayContaining(FOUNDATION_GUIDES))
})

// In a browser on the sample of guides; guide-html.spec.ts checks the same on every guide's built page.
for (const entry of sampleGuides()) {
  test(`${entry.code}: the guide page shows its facts, sections and every check`, async ({ page }) => {
    await page.goto(`/errors/${entry.slug}/`)
    await expect(page).toHaveTitle(`${entry.title} · AWS Error Guide`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)

    const facts = page.locator('dl').first()
    for (const code of entry.codes) await expect(facts.getByText(code, { exact: true })).toBeVisible()
    for (const term of ['Family', 'Services', 'HTTP status', 'Skill level', 'Time to fix', 'Last reviewed']) {
      await expect(facts.getByText(term, { exact: true })).toBeVisible()
    }

    const article = page.locator('article')
    for (const name of [
      'What the error means',
      'Common causes',
      'Diagnostic checklist',
      'How to fix',
      'How to prevent it',
      'What the message looks like',
      'Sources',
    ]) {
      await expect(article.getByRole('heading', { level: 2, name, exact: true })).toBeVisible()
    }

    const checks = page.locator('ol.checklist > li')
    await expect(checks).toHaveCount(entry.checks.length)
    for (const [i, check] of entry.checks.entries()) {
      const item = checks.nth(i)
      await expect(item).toHaveAttribute('id', check.id)
      await expect(item.getByRole('heading', { level: 3 })).toHaveText(`${i + 1}.${check.title}`)
      await expect(item.getByRole('link')).toHaveAttribute('href', `#${check.id}`)
      if (check.command) await expect(item.locator('pre')).toHaveText(check.command.trimEnd())
    }

    for (const source of entry.sources) {
      await expect(article.getByRole('link', { name: source.title, exact: true }).first()).toHaveAttribute('href', source.url)
    }

    const tocTargets = await page.locator('nav[aria-labelledby="toc-sidebar"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')?.slice(1)))
    expect(tocTargets).toEqual(entry.toc.map((t) => t.id))
    for (const id of tocTargets) await expect(page.locator(`[id="${id}"]`), `#${id} exists once`).toHaveCount(1)
  })
}

test('a related error links to its guide', async ({ page }) => {
  const withRelated = catalog.find((g) => g.related.length > 0)!
  await page.goto(`/errors/${withRelated.slug}/`)
  const target = guide(withRelated.related[0]!)
  await page.locator('section[aria-labelledby="related"]').getByRole('link', { name: target.code, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title)
})

test('a link to a check lands on that check, clear of the sticky header', async ({ page }) => {
  const entry = guide('access-denied')
  const check = entry.checks[4]!
  await page.goto(`/errors/${entry.slug}/#${check.id}`)
  const target = page.locator(`[id="${check.id}"]`)
  await expect(target).toBeInViewport()
  const headerBottom = await page.locator('body > header').evaluate((h) => h.getBoundingClientRect().bottom)
  const checkTop = await target.evaluate((el) => el.getBoundingClientRect().top)
  expect(checkTop).toBeGreaterThanOrEqual(headerBottom)
})

test('the copy button puts the exact command on the clipboard', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
    })
  })
  const entry = guide('access-denied')
  const check = entry.checks.find((c) => c.command)!
  await page.goto(`/errors/${entry.slug}/`)
  const button = page.locator(`[id="${check.id}"]`).getByRole('button', { name: 'Copy command to clipboard' })
  await button.click()
  await expect(button).toHaveText('Copied')
  expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(check.command!.trimEnd())
})
