import { QUERY_MAX_LENGTH } from './query-limits'

// The shapes AWS errors are printed in, as the matcher reads them: a code in parentheses or after
// `Code`, a `SomeCode: message` line, an SDK exception class, the CLI's operation sentence, an
// authorization sentence, an HTTP status line. Words typed to search have none of these.
const ERROR_SHAPES = [
  /\(\s*[A-Z][A-Za-z0-9.]+\s*\)/, // An error occurred (AccessDenied) …
  /\bwhen calling the \w+ operation\b/i,
  /\bis not authorized to perform\b/i,
  /<Code>|"(?:__type|code|Code)"\s*:/, // S3 XML, JSON bodies
  /\b(?:[A-Z][a-z0-9]+){2,}:\s+\S/, // ExpiredToken: The security token …
  /\b[A-Za-z]+(?:Exception|Error|Fault)\b.*\b(?:status code|request id|StatusCode)\b/i, // SDK v2 exceptions
  /\b(?:status code|StatusCode):?\s*\d{3}\b/i,
]

/**
 * Whether a search query is a pasted error rather than words to look up: several lines, longer than
 * anyone types into a search box, or printed in the shape of an error. The header search then runs
 * the paste page's matcher over it instead of (or before) its word search.
 */
export function looksLikeError(query: string): boolean {
  const text = query.trim()
  if (text === '') return false
  return /[\r\n]/.test(text) || text.length > QUERY_MAX_LENGTH || ERROR_SHAPES.some((shape) => shape.test(text))
}
