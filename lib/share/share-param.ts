/** The fragment key of a shared diagnosis (`/#diagnosis=…`), in its own module so the page can test for it without loading the decoder. */
export const SHARE_PARAM = 'diagnosis'
