import { type Page, type Request } from '@playwright/test'
import { test } from './test'
import { card, diagnosis, expect, fact, field, paste, SCP_DENY } from './paste-helpers'

/** Every request the page makes, with what it would carry to a server. */
function recordRequests(page: Page): string[] {
  const seen: string[] = []
  const record = (r: Request) => seen.push([r.method(), r.url(), JSON.stringify(r.headers()), r.postData() ?? ''].join(' '))
  page.on('request', record)
  page.context().on('request', record) // workers' requests too
  return seen
}

// Pieces of SCP_DENY that must never reach a server.
const PRIVATE = ['123456789012', 'ci-deploy', 'build-42', 'acme-artifacts', 'explicit deny', 'GetObject operation']

test('no request carries any part of a pasted error', async ({ page }) => {
  const requests = recordRequests(page)
  await page.goto('/')
  await paste(page, SCP_DENY)
  await expect(card(page, 'access-denied')).toBeVisible()
  await card(page, 'access-denied').getByRole('link', { name: 'Read the full AccessDenied guide' }).hover() // prefetches
  await page.waitForLoadState('networkidle')
  expect(requests.length).toBeGreaterThan(3)
  expect(requests.some((r) => r.includes('/catalog.json'))).toBe(true)
  // Of the checklists, only the matched guide's is fetched, by its name.
  const checklists = new Set(requests.map((r) => r.split(' ')[1]!).filter((url) => url.includes('/catalog/')))
  expect([...checklists]).toEqual([expect.stringMatching(/\/catalog\/access-denied\.json$/)])
  for (const piece of PRIVATE) expect(requests.filter((r) => r.includes(piece))).toEqual([])
})

test('a shared link restores the tailored checklist in a new page, without the pasted text', async ({ page, context }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void ((window as unknown as { copied: string }).copied = t) } })
  })
  await page.goto('/')
  await paste(page, SCP_DENY)
  await diagnosis(page).getByRole('button', { name: 'Copy link to this diagnosis' }).click()
  await expect(diagnosis(page).getByRole('button', { name: 'Copied' })).toBeVisible()
  const link = await page.evaluate(() => (window as unknown as { copied: string }).copied)
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#diagnosis=[A-Za-z0-9_-]+$/)
  expect(link).not.toContain('GetObject%20operation')

  const teammate = await context.newPage()
  const requests = recordRequests(teammate)
  await teammate.goto(link)
  await expect(diagnosis(teammate).locator('[data-state="from-link"]')).toContainText('came from a shared link')
  const shared = card(teammate, 'access-denied')
  await expect(fact(shared, 'Principal')).toHaveText('arn:aws:sts::123456789012:assumed-role/ci-deploy/build-42')
  await expect(fact(shared, 'Reason')).toHaveText('explicit deny in a service control policy (SCP)')
  await expect(shared.locator('[data-check]').first()).toHaveAttribute('data-check', 'check-scp')
  await expect(shared.locator('[data-check="simulate-identity-policies"] code')).toContainText('--policy-source-arn arn:aws:iam::123456789012:role/ci-deploy')
  await expect(field(teammate)).toHaveValue('')
  await expect(teammate.locator('body')).not.toContainText('when calling the GetObject operation')
  // The fragment is never sent: the server only ever saw requests for the page and public files.
  for (const piece of PRIVATE) expect(requests.filter((r) => r.includes(piece))).toEqual([])
})

test('a damaged or crafted link says it cannot be read, and shows nothing from it', async ({ page }) => {
  await page.goto(
    '/#diagnosis=eyJ2IjoxLCJtYXRjaGVzIjpbeyJzbHVnIjoiYWNjZXNzLWRlbmllZCIsImNvZGUiOiJBY2Nlc3NEZW5pZWQifV0sImZhY3RzIjp7InByaW5jaXBhbEFybiI6IiQocm0gLXJmIH4pIn19',
  )
  await expect(diagnosis(page).locator('[data-state="bad-link"]')).toContainText('could not be read')
  await expect(diagnosis(page).locator('[data-card]')).toHaveCount(0)
})

test('a screenshot of an error is read in the browser and finds the right guide, sending none of its text', async ({ page, browser }) => {
  test.slow() // OCR of a real image in WebAssembly takes several seconds on a small machine
  const shot = await browser.newPage({ viewport: { width: 1100, height: 300 } })
  await shot.setContent(`<pre style="font: 22px/1.5 'DejaVu Sans Mono', monospace; margin: 24px; color: #111; background: #fff; white-space: pre-wrap">$ aws s3 ls s3://acme-artifacts
An error occurred (AccessDenied) when calling the ListObjectsV2 operation:
User: arn:aws:iam::123456789012:user/deploy-bot is not authorized to
perform: s3:ListBucket on resource: "arn:aws:s3:::acme-artifacts"</pre>`)
  const image = await shot.screenshot()
  await shot.close()

  const requests = recordRequests(page)
  await page.goto('/')
  await page.getByLabel('Error file or screenshot').setInputFiles({ name: 'error.png', mimeType: 'image/png', buffer: image })
  await expect(page.getByText('Reading the screenshot in this browser')).toBeVisible()
  await expect(card(page, 'access-denied')).toBeVisible({ timeout: 120_000 })
  await expect(field(page)).toHaveValue(/AccessDenied/)
  expect(requests.some((r) => r.includes('/ocr/lang/eng.traineddata'))).toBe(true)
  expect(requests.filter((r) => !r.includes('http://127.0.0.1'))).toEqual([])
  for (const piece of ['123456789012', 'deploy-bot', 'acme-artifacts/', 'ListObjectsV2']) expect(requests.filter((r) => r.includes(piece))).toEqual([])
})

/** A share link for `matches` with no facts, as a crafted or outdated link could name them. */
const linkTo = (matches: { slug: string; code: string }[]) => `/#diagnosis=${Buffer.from(JSON.stringify({ v: 1, matches, facts: {} })).toString('base64url')}`

test('a share link opened in a tab already on the paste page shows its diagnosis', async ({ page }) => {
  await page.goto('/')
  await paste(page, SCP_DENY)
  await expect(card(page, 'access-denied')).toBeVisible()
  // Typing the link into the address bar of this tab changes only the fragment: no reload.
  await page.evaluate((hash) => (location.hash = hash), linkTo([{ slug: 'expired-token', code: 'ExpiredToken' }]).slice(1))
  await expect(card(page, 'expired-token')).toBeVisible()
  await expect(card(page, 'access-denied')).toHaveCount(0)
  await expect(diagnosis(page).locator('[data-state="from-link"]')).toBeVisible()
})

test('a link naming a guide this site lacks says so, and a guide named twice gives one card', async ({ page }) => {
  await page.goto(linkTo([{ slug: 'no-such-guide', code: 'NoSuchGuide' }]))
  await expect(diagnosis(page).locator('[data-state="unknown-guides"]')).toContainText('This link names a guide this site does not have: no-such-guide')
  await expect(diagnosis(page)).not.toContainText('No AWS error we know was found')

  await page.goto(linkTo(Array.from({ length: 10 }, () => ({ slug: 'access-denied', code: 'AccessDenied' }))))
  await page.reload()
  await expect(card(page, 'access-denied')).toHaveCount(1)
})

test('a diagnosis opened from a link can be passed on with its own Copy link', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void ((window as unknown as { copied: string }).copied = t) } })
  })
  const link = linkTo([{ slug: 'access-denied', code: 'AccessDenied' }])
  await page.goto(link)
  await diagnosis(page).getByRole('button', { name: 'Copy link to this diagnosis' }).click()
  const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied)
  expect(new URL(copied).hash).toMatch(/^#diagnosis=/)
  const teammate = await page.context().newPage()
  await teammate.goto(copied)
  await expect(card(teammate, 'access-denied')).toBeVisible()
})

test('the "why this guide" excerpt masks keys, as the redacted copy does', async ({ page }) => {
  await page.goto('/')
  await paste(page, 'botocore: SignatureDoesNotMatch AccessKey=AKIAN7MMFH6FPMASJNK2 SecretKey=56Ijzv8B2wNM7D/PinQzK1vR3XeTcYbA9sLmWqE0 rest')
  const excerpt = card(page, 'signature-does-not-match').locator('[data-excerpt]')
  await expect(excerpt).toContainText('AKIA****')
  await expect(excerpt).not.toContainText('AKIAN7MMFH6FPMASJNK2')
  await expect(excerpt).not.toContainText('56Ijzv8B2wNM7D')
})
