'use client'

import { useEffect } from 'react'

/**
 * Moves a link's old `#id` to the id that section or check has now (frontmatter `anchorRedirects`),
 * so links shared before a rename still land in the right place.
 */
export function AnchorRedirects({ redirects }: { redirects: Record<string, string> }) {
  useEffect(() => {
    const follow = () => {
      const to = redirects[decodeURIComponent(location.hash.slice(1))]
      if (to) location.replace(`#${to}`)
    }
    follow()
    addEventListener('hashchange', follow)
    return () => removeEventListener('hashchange', follow)
  }, [redirects])
  return null
}
