'use client'

import { lazyView } from './lazy-view'

/**
 * NotFoundHelp, fetched when the 404 page renders it (it renders nothing on the server). Next puts
 * the root not-found page's client code in every page's scripts, so that the router can show it at
 * once; only the 404 page ever shows the help, and only there is its code fetched.
 */
export const LazyNotFoundHelp = lazyView(() => import('./not-found-help').then((m) => m.NotFoundHelp))
