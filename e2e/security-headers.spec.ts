import { expect, type Page } from '@playwright/test'
import { test } from './test'
import { guide } from './catalog'

const GUIDE = `/errors/${guide('access-denied').slug}/`
const MISSING = '/errors/no-such-error/'

// Every page the site has a kind of: the home page, the list, a guide, and the 404 page.
const PAGES = [
  { path: '/', status: 200 },
  { path: '/errors/', status: 200 },
  { path: GUIDE, status: 200 },
  { path: MISSING, status: 404 },
]

type Watched = Window & { cspViolations: string[]; sameDocument?: boolean }

/** Records every CSP violation the page reports, from its first script on. */
async function watchForViolations(page: Page): Promise<string[]> {
  const refusals: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refusals.push(message.text())
  })
  await page.addInitScript(() => {
    const watched = window as unknown as Watched
    watched.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => watched.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`))
  })
  return refusals
}

const violationsIn = async (page: Page, refusals: string[]) => [...refusals, ...(await page.evaluate(() => (window as unknown as Watched).cspViolations))]

// React has taken over the document once it has made it a root; a click from then on is handled by
// the router, even if React is still hydrating the part of the page that was clicked.
const reactRunning = (page: Page) => page.waitForFunction(() => Object.keys(document).some((key) => key.startsWith('__reactContainer')))

for (const { path, status } of PAGES) {
  test(`${path} is served with the security headers`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(status)
    const headers = response.headers()
    const policy = headers['content-security-policy'] ?? ''
    for (const directive of [
      "default-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(policy).toContain(directive)
    }
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()')
    expect(headers['cross-origin-opener-policy']).toBe('same-origin')
  })

  test(`${path} runs under its policy with no violation, and the router navigates from it`, async ({ page }) => {
    const refusals = await watchForViolations(page)
    const payloads: { url: string; ok: boolean }[] = []
    const isPayload = (url: string) => new URL(url).pathname.endsWith('.txt')
    page.on('requestfinished', async (request) => {
      if (isPayload(request.url())) payloads.push({ url: request.url(), ok: (await request.response())?.ok() ?? false })
    })
    // The router cancels prefetches it no longer needs; any other failure is a payload the page did not get.
    page.on('requestfailed', (request) => {
      if (isPayload(request.url()) && request.failure()?.errorText !== 'net::ERR_ABORTED') payloads.push({ url: request.url(), ok: false })
    })

    const response = await page.goto(path)
    expect(response?.status()).toBe(status)
    await reactRunning(page)
    await page.evaluate(() => ((window as unknown as Watched).sameDocument = true))

    // A client-side navigation fetches the next page's payload (a .txt file) instead of reloading.
    const [link, destination] = path === '/' ? ['All errors', '/errors/'] : ['AWS Error Guide', '/']
    await page.locator('body > header').getByRole('link', { name: link, exact: true }).click()
    await expect(page).toHaveURL(destination)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await page.evaluate(() => (window as unknown as Watched).sameDocument)).toBe(true)
    expect(payloads.length).toBeGreaterThan(0)
    expect(payloads.filter((p) => !p.ok)).toEqual([])
    expect(await violationsIn(page, refusals)).toEqual([])
  })
}

test('a guide hydrates under the policy: its copy buttons appear', async ({ page }) => {
  const refusals = await watchForViolations(page)
  await page.goto(GUIDE)
  await expect(page.getByRole('button', { name: 'Copy command to clipboard' }).first()).toBeVisible()
  expect(await violationsIn(page, refusals)).toEqual([])
})

test('an inline script that differs from the one the page was built with is refused', async ({ context }) => {
  // A page of its own, not the fixture's: this one must never come alive, so nothing waits for it to.
  const page = await context.newPage()
  const refusals = await watchForViolations(page)
  // The page's inline framework scripts come, when it boots, from the file beside it.
  await page.route(`${GUIDE}index.framework.txt`, async (route) => {
    const response = await route.fetch()
    const built = await response.text()
    const tampered = built.replace(/(<script>)(?=self\.__next_f)/, '$1window.tampered=true;')
    expect(tampered).not.toBe(built)
    await route.fulfill({ response, body: tampered })
  })
  await page.goto(GUIDE)
  await expect.poll(() => violationsIn(page, refusals)).toContainEqual(expect.stringMatching(/script-src/))
  expect(await page.evaluate(() => 'tampered' in window)).toBe(false)
})

test('every page carries a no-referrer policy of its own, for hosts that cannot set headers', async ({ page }) => {
  for (const path of ['/', '/errors/', '/errors/access-denied/', '/no-such-page/']) {
    await page.goto(path)
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer')
  }
})
