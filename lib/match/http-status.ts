/** The range of HTTP status codes: a three-digit number outside it is not a status. */
export const HTTP_STATUS = { min: 100, max: 599 } as const

export function isHttpStatus(n: number): boolean {
  return Number.isInteger(n) && n >= HTTP_STATUS.min && n <= HTTP_STATUS.max
}
