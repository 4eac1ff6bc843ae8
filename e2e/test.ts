import { test as base, type Page, type Response } from '@playwright/test'

/**
 * Playwright's test, with a page whose goto() and reload() return once the page is live. On a
 * desktop, as Playwright's Chromium is, a page boots its framework when idle after load (see
 * components/reader/boot-framework.ts), later than the load event Playwright waits for; a test that
 * typed or clicked before React took over would test that moment, not the control
 * (e2e/read-first.spec.ts tests that moment, on a phone).
 */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled !== false) waitForHydration(page)
    await provide(page)
  },
})

function waitForHydration(page: Page) {
  const live = async (response: Response | null) => {
    // Our pages: not JSON, not an error page (the offline worker's own answer has no React).
    if (response?.ok() && response.headers()['content-type']?.startsWith('text/html'))
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'))
    return response
  }
  const goto = page.goto.bind(page)
  const reload = page.reload.bind(page)
  page.goto = async (...args) => live(await goto(...args))
  page.reload = async (...args) => live(await reload(...args))
}
