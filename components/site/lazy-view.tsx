'use client'

import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react'

type BoundaryProps = { children: ReactNode; failed?: ReactNode }

/** Shows `failed` (or nothing) in place of a view whose code could not be fetched. */
class FetchFailure extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    if (this.state.failed) return this.props.failed ?? null
    return <Suspense fallback={null}>{this.props.children}</Suspense>
  }
}

/**
 * A view whose code is fetched when it is first shown (`React.lazy`), shown as nothing until then.
 * Offline, that file may never have been kept: the failed fetch then shows `failed` (or nothing) in
 * the view's place, where it would otherwise take the whole page down with it.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, failed?: ReactNode): ComponentType<P> {
  const View = lazy(() => load().then((view) => ({ default: view })))
  return function FetchedView(props: P) {
    return (
      <FetchFailure failed={failed}>
        <View {...props} />
      </FetchFailure>
    )
  }
}
