/**
 * A link to an operation's page in its service's API reference. AWS documentation links every
 * SDK's "see also" to these addresses, which lead to the service's own reference page.
 */
export function operationReferenceUrl(apiReference: string, operation: string): string {
  return `https://docs.aws.amazon.com/goto/WebAPI/${apiReference}/${operation}`
}
