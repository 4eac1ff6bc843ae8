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

/** A boto3 traceback as a terminal prints it, ending in the AssumeRole denial. */
export const ASSUME_ROLE_TRACEBACK = `Traceback (most recent call last):
  File "/home/dev/deploy/assume.py", line 14, in <module>
    creds = sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="deploy")["Credentials"]
  File "/usr/lib/python3/dist-packages/botocore/client.py", line 565, in _api_call
    return self._make_api_call(operation_name, kwargs)
  File "/usr/lib/python3/dist-packages/botocore/client.py", line 1021, in _make_api_call
    raise error_class(parsed_response, operation_name)
botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy`

/** Pastes through the system clipboard into `field`, as a reader does with Ctrl+V. */
export async function pasteInto(field: Locator, text: string) {
  const page = field.page()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await field.focus()
  await page.keyboard.press('ControlOrMeta+V')
}

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
