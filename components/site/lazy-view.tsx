'use client'

import { Component, Suspense, type ReactNode } from 'react'

type Props = { children: ReactNode; failed?: ReactNode }

/**
 * Shows a view whose code is fetched when it is first shown (`React.lazy`). Offline, that file may
 * never have been kept; the failed fetch then shows `failed` (or nothing) in the view's place, where
 * it would otherwise take the whole page down with it.
 */
export class LazyView extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    if (this.state.failed) return this.props.failed ?? null
    return <Suspense fallback={null}>{this.props.children}</Suspense>
  }
}
