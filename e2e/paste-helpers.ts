import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** Real pasted errors, shared with the matcher's unit tests. */
const fixtures: Record<string, string> = Object.fromEntries(
  readFileSync(join(import.meta.dirname, '..', 'lib', 'match', '__fixtures__', 'real-errors.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; text: string })
    .map((c) => [c.id, c.text]),
)

export function realError(id: string): string {
  const text = fixtures[id]
  if (!text) throw new Error(`no real error ${id} in the fixtures`)
  return text
}

export const SCP_DENY =
  'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::123456789012:assumed-role/ci-deploy/build-42 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-artifacts/releases/app.zip" with an explicit deny in a service control policy'

export const field = (page: Page) => page.getByLabel('Paste an error message')
export const diagnosis = (page: Page) => page.getByRole('region', { name: 'Diagnosis' })
export const card = (page: Page, slug: string) => diagnosis(page).locator(`[data-card="${slug}"]`)

/** Pastes `text` the way a user does: into the field, where the diagnosis appears without a submit. */
export async function paste(page: Page, text: string) {
  await field(page).fill(text)
}

/**
 * Puts a large text in the field with a single input event, as a real paste does. (Playwright's
 * fill() of a megabyte takes longer than a test may run, which says nothing about the page.)
 */
export async function pasteAtOnce(page: Page, text: string) {
  await field(page).evaluate((el, value) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
    setValue.call(el, value)
    el.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
}

/** The value of one row of a card's facts table. */
export const fact = (scope: Locator, label: string) =>
  scope
    .getByRole('row')
    .filter({ has: scope.page().getByRole('rowheader', { name: label, exact: true }) })
    .getByRole('cell')
export { expect }
