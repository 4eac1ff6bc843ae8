import { test } from './test'
import { guide } from './catalog'
import { card, expect, paste, SCP_DENY } from './paste-helpers'

// Every other spec blocks service workers, so that they test the pages alone; this one is about the worker.
test.use({ serviceWorkers: 'allow' })

const THROTTLED = 'An error occurred (ThrottlingException) when calling the DescribeInstances operation (reached max retries: 4): Rate exceeded'

test('after a first visit, the paste page and the guides opened work without a network', async ({ page, context }) => {
  const entry = guide('access-denied')
  await page.goto('/')
  await page.evaluate(() => navigator.serviceWorker.ready)
  // Once the worker controls the page, what the reader uses is kept: a paste, a guide.
  await page.reload()
  await paste(page, SCP_DENY)
  await expect(card(page, 'access-denied')).toBeVisible()
  await page.goto(`/errors/${entry.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)
  // The page's scripts came from the cache too: it is live, not just readable.
  await expect(page.getByRole('button', { name: 'Copy command to clipboard' }).first()).toBeVisible()

  await page.goto('/')
  await paste(page, THROTTLED)
  await expect(card(page, 'throttling-exception')).toBeVisible()
  // Its checklist was never fetched on this device: the card says so rather than showing an empty list.
  await expect(card(page, 'throttling-exception')).toContainText('The checklist of this guide could not be loaded')
})

test('offline, a page never opened says so and links to what works', async ({ page, context }) => {
  await page.goto('/')
  await page.evaluate(() => navigator.serviceWorker.ready)
  await context.setOffline(true)
  await page.goto('/errors/expired-token/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline')
  await expect(page.getByText('This page was not saved on this device.')).toBeVisible()
  await page.getByRole('link', { name: 'Paste an error' }).click()
  await expect(page.getByLabel('Paste an error message')).toBeVisible()
})

test('with the worker in control, pages come from the network first: a new deploy shows at once', async ({ page, context }) => {
  await page.goto('/errors/')
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.reload()
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  // A new version of the page on the server (the worker's own requests pass through context.route).
  await context.route('**/errors/', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, body: (await response.text()).replace('</body>', '<p>deployed later</p></body>') })
  })
  const reloaded = await page.reload()
  expect(await reloaded!.text()).toContain('deployed later')
})
