/** The pages the page-weight and Lighthouse sections measure: the longest guide, and a code page (a registry code without a guide). */
export const LONG_GUIDE_SLUG = 'access-denied'
export const LONG_GUIDE = `/errors/${LONG_GUIDE_SLUG}/`
export const CODE_PAGE = '/errors/KMSThrottlingException/'
