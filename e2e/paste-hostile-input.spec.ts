import { axeViolations } from './axe'
import { type Page } from '@playwright/test'
import { test } from './test'
import { card, diagnosis, expect, field, paste, pasteAtOnce, SCP_DENY } from './paste-helpers'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
})

/** The page still answers: a frozen main thread would time this out. */
async function stillResponsive(page: Page) {
  await expect(page.getByRole('link', { name: 'AWS Error Guide' })).toBeVisible({ timeout: 2000 })
  expect(await page.evaluate(() => 1 + 1)).toBe(2)
}

test('text with no AWS error says so, suggests close guides and links to browsing', async ({ page }) => {
  await paste(page, 'Error: the request was refused because the rate limit was hit')
  const answer = diagnosis(page).locator('[data-state="no-match"]')
  await expect(answer).toContainText('No AWS error we know was found in this text.')
  await expect(answer.getByRole('listitem').first()).toBeVisible()
  await expect(answer.getByRole('link', { name: 'browse all errors' })).toHaveAttribute('href', '/errors/')
})

test('an error from another cloud says plainly that it is not AWS', async ({ page }) => {
  await paste(
    page,
    "(AuthorizationFailed) The client 'me@contoso.com' with object id '0000' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/write'",
  )
  await expect(diagnosis(page).locator('[data-state="no-match"]')).toContainText('This looks like an error from Microsoft Azure, not from AWS')
  await expect(diagnosis(page).locator('[data-card]')).toHaveCount(0)
  // No AWS guide answers it, so none is offered as "closest".
  await expect(diagnosis(page).locator('[data-state="no-match"]')).not.toContainText('The closest guides')
})

test('pasted HTML and script are shown as text and never run', async ({ page }) => {
  const hostile = `<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>\nAn error occurred (AccessDenied) when calling the GetObject operation: <img src=y onerror="window.pwned=3">`
  await paste(page, hostile)
  await expect(card(page, 'access-denied')).toBeVisible()
  await expect(card(page, 'access-denied').locator('[data-excerpt]')).toContainText('<img src=y onerror=')
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  await expect(page.locator('main img')).toHaveCount(0)
})

test('a 1 MB log with the error in the middle is matched without freezing the page', async ({ page }) => {
  const filler = Array.from({ length: 9000 }, (_, i) => `2026-11-23T10:00:${String(i % 60).padStart(2, '0')}Z INFO worker-${i % 7} processed batch ${i}`).join(
    '\n',
  )
  let log = filler
  while (log.length < 1_000_000) log += `\n${filler}`
  const half = log.length / 2
  await pasteAtOnce(page, `${log.slice(0, half)}\n${SCP_DENY}\n${log.slice(half)}`)
  await stillResponsive(page)
  await expect(card(page, 'access-denied')).toBeVisible({ timeout: 15_000 })
})

test('10,000 lines of binary junk are refused with a reason, keeping the field as it was', async ({ page }) => {
  // What pasting a binary file gives: arbitrary bytes read as UTF-8, with its replacement characters.
  const bytes = Buffer.alloc(400_000)
  for (let i = 0, x = 7; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24
  const lines = new TextDecoder().decode(bytes).split('\n')
  const junk = Array.from({ length: 10_000 }, (_, i) => lines[i % lines.length]).join('\n')
  await paste(page, SCP_DENY)
  await expect(card(page, 'access-denied')).toBeVisible()
  await pasteAtOnce(page, junk)
  await expect(page.locator('[data-state="field-message"]')).toContainText('looks like binary data')
  await stillResponsive(page)
  await expect(field(page)).toHaveValue(SCP_DENY)
  await expect(card(page, 'access-denied')).toBeVisible()
})

test('a log with a little binary noise in it is still matched', async ({ page }) => {
  const noisy = Array.from({ length: 2000 }, (_, i) => (i === 1000 ? SCP_DENY : `2026-11-23 INFO step ${i} \u0007\uFFFD ok`)).join('\n')
  await pasteAtOnce(page, noisy)
  await expect(card(page, 'access-denied')).toBeVisible()
})

test('text over the limit keeps its start and its end, with a notice, and the newest error is matched', async ({ page }) => {
  const tooLong = `first line\n${'x'.repeat(2_500_000)}\n${SCP_DENY}`
  await pasteAtOnce(page, tooLong)
  await expect(page.locator('[data-state="field-message"]')).toContainText('its start and its end were kept')
  await expect(card(page, 'access-denied')).toBeVisible({ timeout: 15_000 })
  const kept = await field(page).inputValue()
  expect(kept.length).toBeLessThanOrEqual(2_000_000)
  expect(kept.startsWith('first line')).toBe(true)
  expect(kept.endsWith(SCP_DENY)).toBe(true)
  // Typing at the end of the cut text is kept, not cut away again.
  await field(page).press('End')
  await field(page).press('Control+End')
  await field(page).pressSequentially(' more')
  await expect
    .poll(() =>
      field(page)
        .inputValue()
        .then((v) => v.endsWith(`${SCP_DENY} more`)),
    )
    .toBe(true)
  // The cut is still in the field, and so is its notice.
  await expect(page.locator('[data-state="field-message"]')).toContainText('its start and its end were kept')
})

test('a binary file is refused with a reason, and the field keeps what it had', async ({ page }) => {
  await paste(page, SCP_DENY)
  await page
    .getByLabel('Error file or screenshot')
    .setInputFiles({ name: 'core.dump', mimeType: 'application/octet-stream', buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0, 0]) })
  await expect(page.locator('[data-state="field-message"]')).toContainText('"core.dump" does not look like text or an image')
  await expect(field(page)).toHaveValue(SCP_DENY)
  await expect(card(page, 'access-denied')).toBeVisible()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    test('axe finds no violations on the empty paste page', async ({ page }) => {
      await expect(field(page)).toBeVisible()
      expect(await axeViolations(page, { coloursOnly: colorScheme === 'dark' })).toEqual([])
    })
    test('axe finds no violations with a diagnosis and a secrets warning shown', async ({ page }) => {
      await paste(page, `${SCP_DENY}\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`)
      await expect(card(page, 'access-denied')).toBeVisible()
      await card(page, 'access-denied').getByRole('checkbox').first().check()
      expect(await axeViolations(page, { coloursOnly: colorScheme === 'dark' })).toEqual([])
    })
    test('axe finds no violations in the no-match state', async ({ page }) => {
      await paste(page, 'Error: something went wrong while throttling the uploads')
      await expect(diagnosis(page).locator('[data-state="no-match"]')).toBeVisible()
      expect(await axeViolations(page, { coloursOnly: colorScheme === 'dark' })).toEqual([])
    })
  })
}
