import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * Next.js's Link without viewport prefetching. Prefetching every linked page as it scrolls into view
 * cost each load more main-thread time (Lighthouse TBT) than it saved on a click: a static page's
 * payload arrives fast enough when the reader clicks. The whole site links through this.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
