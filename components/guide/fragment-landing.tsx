'use client'

import { useEffect } from 'react'

const NO_REDIRECTS: Record<string, string> = {}

function fragmentId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1))
  } catch {
    return ''
  }
}

/**
 * Lands a link's `#id` on its part of the guide, as the browser's own jump to a fragment does:
 * - an old id moves to the id that section or check has now (frontmatter `anchorRedirects`), so links
 *   shared before a rename still land in the right place;
 * - after an in-app navigation (a check's link on the paste page), which sets the address without that
 *   jump, the part becomes the document's `:target`. A long guide lays out only what is near the
 *   screen unless a part is targeted (app/globals.css); without this, the part would land where the
 *   estimated sizes above it put it, off screen once they took their real height.
 */
export function FragmentLanding({ redirects = NO_REDIRECTS }: { redirects?: Record<string, string> }) {
  useEffect(() => {
    const land = () => {
      const id = fragmentId()
      if (id === '') return
      const to = Object.hasOwn(redirects, id) ? redirects[id] : undefined
      if (to) return location.replace(`#${to}`)
      if (document.getElementById(id)?.matches(':target') === false) location.replace(`#${id}`)
    }
    land()
    addEventListener('hashchange', land)
    return () => removeEventListener('hashchange', land)
  }, [redirects])
  return null
}
