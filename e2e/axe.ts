import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

// The rules whose outcome depends on colour. A second theme changes colours only (the markup is the
// same), so a page checked in full in one theme needs only these in the other; a scan of them costs
// about half of a full one.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/**
 * What axe finds on the page as it stands (WCAG 2.1 A and AA, and best practice), a line per rule with
 * up to three places; with `coloursOnly`, only what a change of theme can break; with `within`, only
 * in the part of the page that selector names.
 */
export async function axeViolations(page: Page, { coloursOnly = false, within }: { coloursOnly?: boolean; within?: string } = {}): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default opens a blank page to merge each frame's
  // results, which costs two thirds of a scan; our pages hold no cross-origin frame, the one thing
  // that mode adds. Only violations are read, so axe need not record every node that passed.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] })
  const axe = within ? builder.include(within) : builder
  // A long guide lays out only the blocks near the screen (app/globals.css), and axe cannot judge the
  // colours of a block not laid out: it would pass over them as undecided. Lay out every block, as a
  // reader scrolling through the page gets them.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible'
  })
  const results = await (coloursOnly ? axe.withRules(COLOUR_RULES) : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])).analyze()
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  )
}
