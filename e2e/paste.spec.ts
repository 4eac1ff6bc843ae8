import { guide } from './catalog'
import { test } from './test'
import { card, diagnosis, expect, fact, field, paste, realError, SCP_DENY } from './paste-helpers'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
})

test('the paste field is the first thing on the page and says the text stays in the browser', async ({ page }) => {
  await expect(field(page)).toBeVisible()
  await expect(page.getByText('Your text never leaves this browser')).toBeVisible()
  await expect(diagnosis(page)).toContainText('Paste an error above')
})

const FORMATS = [
  {
    tool: 'the AWS CLI',
    text: SCP_DENY,
    slug: 'access-denied',
    facts: {
      Principal: 'arn:aws:sts::123456789012:assumed-role/ci-deploy/build-42',
      Action: 's3:GetObject',
      Reason: 'explicit deny in a service control policy (SCP)',
    },
  },
  {
    tool: 'boto3',
    text: realError('c063').replaceAll('<accountid>', '111122223333').replace('<uuid>', 'A1B2C3').replace('<runid>', 'run-7'),
    slug: 'access-denied',
    facts: { Action: 'ssm:GetParameter', Region: 'eu-central-1', Operation: 'GetParameter' },
  },
  {
    tool: 'the JavaScript SDK v3',
    text: "ThrottlingException: Rate exceeded\n    at throwDefaultError (node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20) {\n  '$fault': 'client',\n  '$metadata': { httpStatusCode: 400, requestId: '5d3c2a1b-8e7f-4a6b-9c0d-1e2f3a4b5c6d', attempts: 3 },\n  __type: 'ThrottlingException'\n}",
    slug: 'throttling-exception',
    facts: { 'Request ID': '5d3c2a1b-8e7f-4a6b-9c0d-1e2f3a4b5c6d', 'HTTP status': '400' },
  },
  { tool: 'the Java SDK v2', text: realError('c073'), slug: 'access-denied', facts: { Service: 'S3', 'Request ID': 'M652TMBNA1DWX0AE', 'HTTP status': '403' } },
  {
    tool: 'the Go SDK v2',
    text: realError('c117'),
    slug: 'access-denied',
    facts: { Action: 'dynamodb:PutItem', Table: 'modernisation-platform-terraform-state-lock', Reason: 'no identity-based policy allows it (implicit deny)' },
  },
  { tool: 'Terraform', text: realError('c238'), slug: 'access-denied', facts: { 'Request ID': '1550870c-6e0b-4fac-ba19-1da46fef7f17', 'HTTP status': '403' } },
]

for (const { tool, text, slug, facts } of FORMATS) {
  test(`an error from ${tool} shows the ${slug} guide and the facts it carries`, async ({ page }) => {
    await paste(page, text)
    const found = card(page, slug)
    await expect(found).toBeVisible()
    await expect(diagnosis(page).locator('[data-card]')).toHaveCount(1)
    for (const [label, value] of Object.entries(facts)) await expect(fact(found, label)).toHaveText(value)
  })
}

test('a card says which family the error is in, why it matched, and highlights the matched text', async ({ page }) => {
  await paste(page, SCP_DENY)
  const found = card(page, 'access-denied')
  await expect(found.getByRole('heading', { level: 3 })).toContainText('AccessDenied')
  await expect(found).toContainText('AWS knows who you are and refused the action.')
  await expect(found).toContainText('Why this guide: error code AccessDenied')
  await expect(found.locator('mark')).toContainText('AccessDenied')
})

test('two errors in one paste give two cards', async ({ page }) => {
  await paste(
    page,
    'Error: creating EC2 Instance: UnauthorizedOperation: You are not authorized to perform this operation.\n\tstatus code: 403, request id: 1550870c\nError: putting item: operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: ABC, ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded.',
  )
  await expect(diagnosis(page).locator('[data-card]')).toHaveCount(2)
  await expect(card(page, 'access-denied')).toBeVisible()
  await expect(card(page, 'provisioned-throughput-exceeded')).toBeVisible()
  await expect(diagnosis(page)).toContainText('2 errors found')
})

test('the checklist commands carry the pasted ARNs, and the check the facts point to comes first', async ({ page }) => {
  await paste(page, SCP_DENY)
  const checks = card(page, 'access-denied').locator('[data-check]')
  await expect(checks.first()).toHaveAttribute('data-check', 'check-scp')
  await expect(checks.first()).toContainText('Start here: the message names a service control policy.')
  const simulate = card(page, 'access-denied').locator('[data-check="simulate-identity-policies"] code')
  await expect(simulate).toContainText('--policy-source-arn arn:aws:iam::123456789012:role/ci-deploy')
  await expect(simulate).toContainText('--action-names s3:GetObject')
  await expect(simulate).toContainText('--resource-arns arn:aws:s3:::acme-artifacts/releases/app.zip')
})

test('a placeholder the error could not fill says what goes in its place', async ({ page }) => {
  // An IAM Identity Center role lives under a path the session ARN does not show: the principal stays for the reader.
  await paste(page, SCP_DENY.replace('assumed-role/ci-deploy/', 'assumed-role/AWSReservedSSO_Admin_1a2b3c4d5e6f7a8b/'))
  const simulate = card(page, 'access-denied').locator('[data-check="simulate-identity-policies"]')
  await expect(simulate.locator('code').first()).toContainText('--policy-source-arn <principal-arn>')
  await expect(simulate.getByRole('listitem')).toContainText(['<principal-arn> with the ARN of the IAM user or role that made the call'])
})

test('an ASIA key with InvalidClientTokenId puts the session-token check first', async ({ page }) => {
  await paste(
    page,
    'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\nAWS_ACCESS_KEY_ID=ASIAQWERTYUIOPASDFGH',
  )
  await expect(card(page, 'invalid-client-token-id').locator('[data-check]').first()).toHaveAttribute('data-check', 'check-session-token')
})

test('each check links to its anchor on the full guide, and the card links to the guide', async ({ page }) => {
  await paste(page, SCP_DENY)
  const found = card(page, 'access-denied')
  await expect(found.getByRole('link', { name: 'Read the full AccessDenied guide' })).toHaveAttribute('href', '/errors/access-denied/')
  await found.locator('[data-check="check-scp"]').getByRole('link').click()
  await expect(page).toHaveURL(/\/errors\/access-denied\/#check-scp$/)
  await expect(page.locator('#check-scp')).toBeInViewport()
})

test('a copy button copies the filled command', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void ((window as unknown as { copied: string }).copied = t) } })
  })
  await page.goto('/')
  await paste(page, SCP_DENY)
  const check = card(page, 'access-denied').locator('[data-check="simulate-identity-policies"]')
  await check.getByRole('button', { name: 'Copy command' }).click()
  await expect(check.getByRole('button', { name: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toContain('--policy-source-arn arn:aws:iam::123456789012:role/ci-deploy')
})

test('ticked checks survive a reload, and Clear ticks resets them', async ({ page }) => {
  await paste(page, SCP_DENY)
  const box = card(page, 'access-denied').getByRole('checkbox', { name: 'Confirm which identity your credentials resolve to' })
  await box.check()
  await expect(card(page, 'access-denied')).toContainText(`1 of ${guide('access-denied').checks.length} done`)
  await page.reload()
  await paste(page, SCP_DENY)
  await expect(box).toBeChecked()
  await card(page, 'access-denied').getByRole('button', { name: 'Clear ticks' }).click()
  await expect(box).not.toBeChecked()
  await page.reload()
  await paste(page, SCP_DENY)
  await expect(box).not.toBeChecked()
})

test('a new incident starts with no ticks, even for the same guide', async ({ page }) => {
  await paste(page, SCP_DENY)
  await card(page, 'access-denied').getByRole('checkbox').first().check()
  await expect(card(page, 'access-denied')).toContainText('(1 of ')
  await paste(
    page,
    'An error occurred (AccessDenied) when calling the PutItem operation: User: arn:aws:iam::210987654321:user/alice is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:eu-west-1:210987654321:table/orders because no identity-based policy allows the dynamodb:PutItem action',
  )
  await expect(card(page, 'access-denied')).toContainText('(0 of ')
  await paste(page, SCP_DENY)
  await expect(card(page, 'access-denied')).toContainText('(1 of ')
})

test('two unrelated errors are not called "innermost cause first"', async ({ page }) => {
  await paste(
    page,
    `${SCP_DENY}
An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.`,
  )
  await expect(diagnosis(page)).toContainText('2 errors found.')
  await expect(diagnosis(page)).not.toContainText('innermost cause first')
})

test('a check with no command keeps its link on a line of its own', async ({ page }) => {
  await paste(
    page,
    'An error occurred (ProvisionedThroughputExceededException) when calling the PutRecord operation: Rate exceeded for shard shardId-000000000001 in stream orders under account 123456789012.',
  )
  const check = card(page, 'provisioned-throughput-exceeded')
    .locator('[data-check]')
    .filter({ hasNot: page.locator('pre') })
    .first()
  const label = await check.locator('label').boundingBox()
  const link = await check.getByRole('link', { name: /Why, and what the result means/ }).boundingBox()
  expect(link!.y).toBeGreaterThanOrEqual(label!.y + label!.height)
})

test('printed, the diagnosis keeps no caption for the Copy link button it hides', async ({ page }) => {
  await paste(page, SCP_DENY)
  await expect(card(page, 'access-denied')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByText('The link carries the facts below')).toBeHidden()
})

test('pasted credentials raise a warning and can be replaced by a redacted copy', async ({ page }) => {
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
  await paste(page, `${SCP_DENY}\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${secret}`)
  const alert = diagnosis(page).getByRole('alert')
  await expect(alert).toContainText('Your paste holds an access key ID and a secret access key.')
  await alert.getByRole('button', { name: 'Replace my paste with a redacted copy' }).click()
  await expect(field(page)).not.toHaveValue(new RegExp(secret.replace(/[/+]/g, '\\$&')))
  await expect(card(page, 'access-denied')).toBeVisible()
  await expect(diagnosis(page).getByRole('alert')).toHaveCount(0)
})

test('an example can be tried with one click', async ({ page }) => {
  await page.getByRole('button', { name: 'InvalidClientTokenId from boto3' }).click()
  await expect(card(page, 'invalid-client-token-id')).toBeVisible()
})

test('a dropped .log file is read and matched', async ({ page }) => {
  await page
    .getByLabel('Error file or screenshot')
    .setInputFiles({ name: 'deploy.log', mimeType: 'text/plain', buffer: Buffer.from(`12:00:01 starting\n${SCP_DENY}\n12:00:02 done\n`) })
  await expect(card(page, 'access-denied')).toBeVisible()
  await expect(field(page)).toHaveValue(/starting/)
})

test('the whole paste page works from the keyboard, with a visible focus ring', async ({ page }) => {
  await field(page).focus()
  await page.keyboard.insertText(SCP_DENY)
  await expect(card(page, 'access-denied')).toBeVisible()
  // Tab on until the first checkbox of the checklist, then tick it with Space.
  const firstBox = card(page, 'access-denied').getByRole('checkbox').first()
  for (let i = 0; i < 30 && !(await firstBox.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(firstBox).toBeFocused()
  const ring = await firstBox.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(ring).not.toBe('none')
  await page.keyboard.press('Space')
  await expect(firstBox).toBeChecked()
})

test('a code with no guide yet gets a card that links to its code page, says so, and carries its checklist', async ({ page }) => {
  // Terraform through the Go SDK, as quoted in a public tutorial
  await paste(
    page,
    "* aws_security_group.allow_ssh_22: Error creating Security Group: InvalidGroup.Duplicate: The security group 'allow_ssh_22' already exists for VPC 'vpc-2aeb5f42'\n\tstatus code: 400, request id: e75cd887-478e-43ac-a54f-2c23226e9b70",
  )
  const found = card(page, 'InvalidGroup-Duplicate')
  await expect(found).toHaveAttribute('data-answer', 'code')
  await expect(found.locator('[data-notice]')).toContainText('No full guide for this code yet')
  await expect(found.locator('[data-check="find-other-changes"]')).toBeVisible()
  await found.getByRole('link', { name: 'Open the InvalidGroup.Duplicate code page' }).click()
  await expect(page).toHaveURL(/\/errors\/InvalidGroup-Duplicate\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('InvalidGroup.Duplicate')
})

test('an S3-compatible store is named, and S3 guides come only as leads', async ({ page }) => {
  // vastsa/FileCodeBox#95: Cloudflare R2's answer to an old signature
  await paste(page, '<Error>\n<Code>Unauthorized</Code>\n<Message>SigV2 authorization is not supported. Please use SigV4 instead.</Message>\n</Error>')
  const answer = diagnosis(page).locator('[data-state="no-match"]')
  await expect(answer).toContainText('This looks like an error from Cloudflare R2, not from AWS')
  await expect(diagnosis(page).locator('[data-card]')).toHaveCount(0)
})
