import { expect, type Page, type Request } from '@playwright/test'
import { test } from './test'
import { ASSUME_ROLE_TRACEBACK, card, field, paste, pasteInto } from './paste-helpers'

// The offline worker is part of what could keep typed text (its cache), so it runs here.
test.use({ serviceWorkers: 'allow' })

const KEY_ID = 'AKIAQ3EGRXN4UKZ7TB2M'
const SECRET = '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'
/** An error with the credentials file pasted after it: what must never leave the browser. */
const SECRET_LADEN = `${ASSUME_ROLE_TRACEBACK}\n\n[default]\naws_access_key_id = ${KEY_ID}\naws_secret_access_key = ${SECRET}`
const PRIVATE = [
  KEY_ID,
  SECRET,
  SECRET.slice(0, 10),
  SECRET.slice(-10),
  '123456789012',
  'user/dev',
  'role/deploy',
  'AssumeRole operation',
  'assume_role',
  'aws_access_key_id',
]

/**
 * What every request carries to a server: method, URL, headers and body. A URL's #fragment is left
 * out because browsers never send it; a guide link's facts travel there, checked by the share-link tests.
 */
function recordRequests(page: Page): string[] {
  const seen: string[] = []
  const record = (r: Request) => seen.push([r.method(), r.url().split('#')[0], JSON.stringify(r.headers()), r.postData() ?? ''].join(' '))
  page.context().on('request', record) // the page's, its workers' and the service worker's
  return seen
}

/** Every URL kept in Cache Storage, in every cache. */
const cacheKeys = (page: Page) =>
  page.evaluate(async () =>
    (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => `${name} ${r.url}`)))).flat(),
  )

const carrying = (seen: string[]) => PRIVATE.flatMap((piece) => seen.filter((s) => s.includes(piece)).map((s) => `${piece} in ${s.slice(0, 200)}`))

async function underServiceWorker(page: Page) {
  await page.goto('/')
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.reload()
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

test('an error with keys pasted into every field, then Enter: no request and no cache key carries any of it', async ({ page }) => {
  test.slow() // three pages, each reading the error in its worker, with the offline worker in the way
  const requests = recordRequests(page)
  await underServiceWorker(page)

  // The header search, on a guide page: Enter opens the guide the error names.
  await page.goto('/errors/throttling-exception/')
  const search = page.getByRole('combobox', { name: 'Search errors' })
  await pasteInto(search, SECRET_LADEN)
  await expect(page.getByRole('option').first()).toHaveAttribute('data-diagnosis', 'access-denied', { timeout: 20_000 })
  await search.press('Enter')
  await expect(page.locator('[data-state="facts-filled"]')).toBeVisible({ timeout: 20_000 })
  const fragment = Buffer.from(new URL(page.url()).hash.replace('#diagnosis=', ''), 'base64url').toString()
  for (const secret of [KEY_ID, SECRET, 'aws_access_key_id', 'Traceback']) expect(fragment).not.toContain(secret)

  // The same search, typed rather than pasted, with no result to open (the review's repro).
  await page.getByRole('combobox', { name: 'Search errors' }).fill(`aws_access_key_id=${KEY_ID} aws_secret_access_key=${SECRET}`)
  const before = page.url()
  await page.getByRole('combobox', { name: 'Search errors' }).press('Enter')
  expect(page.url()).toBe(before)

  // The filter of /errors.
  await page.goto('/errors/')
  const filter = page.getByRole('searchbox', { name: 'Filter by code, title or service' })
  await pasteInto(filter, SECRET_LADEN)
  await expect(page.getByRole('main').getByRole('status')).toHaveText('One error found in your text.', { timeout: 20_000 })
  await filter.press('Enter')
  await expect(page).toHaveURL(/\/errors\/access-denied\/#diagnosis=/)

  // The paste box.
  await page.goto('/')
  await paste(page, SECRET_LADEN)
  await expect(card(page, 'access-denied')).toBeVisible({ timeout: 20_000 })
  await field(page).press('Enter')

  await page.waitForLoadState('networkidle')
  expect(requests.some((r) => r.includes('/catalog.json'))).toBe(true)
  expect(carrying(requests)).toEqual([])
  const keys = await cacheKeys(page)
  expect(keys.some((k) => k.endsWith('/errors/access-denied/'))).toBe(true)
  expect(carrying(keys)).toEqual([])
})

test('the site as a browser search engine: the query rides in the fragment, is diagnosed in the page and sent nowhere', async ({ page }) => {
  const description = await (await page.request.get('/opensearch.xml')).text()
  const template = /template="([^"]+)"/.exec(description)?.[1] ?? ''
  expect(template).toMatch(/\/#q=\{searchTerms\}$/)

  const requests = recordRequests(page)
  await page.goto('/')
  await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', '/opensearch.xml')
  // What a browser opens for the search: the terms form-encoded (a space as +) into the template.
  const terms = new URLSearchParams({ q: SECRET_LADEN }).toString().slice('q='.length)
  await page.goto(new URL(template.replace('{searchTerms}', terms)).pathname + `#q=${terms}`)
  await expect(card(page, 'access-denied')).toBeVisible({ timeout: 20_000 })
  await expect(field(page)).toHaveValue(SECRET_LADEN)
  // Diagnosed, the text leaves the address: a copied or bookmarked URL does not carry it.
  expect(new URL(page.url()).hash).toBe('')

  await page.waitForLoadState('networkidle')
  expect(carrying(requests)).toEqual([])
})

test('the offline worker keeps no URL with a query string, and drops those an earlier version kept', async ({ page }) => {
  const withQuery = async () => (await cacheKeys(page)).filter((key) => key.includes('?'))
  await underServiceWorker(page)
  // Opened now, such a URL is answered but not kept.
  await page.goto(`/errors/?q=${KEY_ID}`)
  expect(await withQuery()).toEqual([])

  // What the search form of earlier versions sent, and their worker kept.
  await page.evaluate(
    async (url) => (await caches.open('aws-error-guide-v1')).put(url, new Response('kept by an earlier version')),
    `/errors/?q=aws_secret_access_key%3D${SECRET}`,
  )
  expect(await withQuery()).toHaveLength(1)

  // A new version of the worker (a new script address stands for a new deploy) clears it on taking over.
  await page.evaluate(async () => {
    const replaced = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    await navigator.serviceWorker.register('/sw.js?deploy=next')
    await replaced
  })
  await expect.poll(withQuery).toEqual([])
  expect(carrying(await cacheKeys(page))).toEqual([])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the search form opens the list of all errors and sends none of the text', async ({ page }) => {
    const requests = recordRequests(page)
    await page.goto('/errors/throttling-exception/')
    const search = page.getByRole('combobox', { name: 'Search errors' })
    await search.fill(`An error occurred (AccessDenied) aws_access_key_id=${KEY_ID} aws_secret_access_key=${SECRET}`)
    await search.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All errors')
    expect(new URL(page.url()).search).toBe('')
    expect(carrying(requests)).toEqual([])
  })
})
