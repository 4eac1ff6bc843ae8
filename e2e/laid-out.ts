import type { Locator } from '@playwright/test'

/**
 * Whether the browser has laid out this element: false while it sits in a block skipped as far from
 * the screen (`content-visibility: auto`, app/globals.css).
 */
export const isLaidOut = (element: Locator) => element.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))
