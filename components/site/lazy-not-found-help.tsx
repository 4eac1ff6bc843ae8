'use client'

import { lazy } from 'react'
import { LazyView } from './lazy-view'

// Next puts the root not-found page's client code in every page's scripts, so that the router can
// show it at once; only the 404 page ever renders the help, and only there is its code fetched.
const NotFoundHelp = lazy(() => import('./not-found-help').then((m) => ({ default: m.NotFoundHelp })))

/** NotFoundHelp, fetched when the 404 page renders it. It renders nothing on the server either. */
export function LazyNotFoundHelp() {
  return (
    <LazyView>
      <NotFoundHelp />
    </LazyView>
  )
}
