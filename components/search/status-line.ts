/** The look of a line the open search shows instead of results (loading, nothing found, failed). */
export const STATUS_LINE = 'm-0 px-3 py-2 text-sm text-slate-700 dark:text-slate-300'
