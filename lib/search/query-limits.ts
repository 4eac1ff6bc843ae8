/**
 * Longer input is a pasted message, which the home page's matcher reads better; searching it whole
 * would be slow. In its own module so the search box can tell a paste from a query without loading the search.
 */
export const QUERY_MAX_LENGTH = 64
