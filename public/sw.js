// Keeps what a reader has used available offline, so an engineer on a flaky connection still gets
// answers: the paste page, the catalog it matches against, /errors, and every page and file once
// fetched. Pages are fetched from the network first (a deploy shows at once) and from the cache
// when the network fails; Next.js's files and the OCR files have content-hashed or fixed names,
// so the cache answers first. Nothing here sees a paste: matching never leaves the page.
//
// What a reader types must not be stored on the device either, and a query string is where typed
// text ends up (the search form of earlier versions sent `/errors/?q=<the text>`). So a URL with a
// query is never cached, and those cached before are deleted. The site loses nothing by it: its pages
// and files have none (the framework's `?_rsc=` page data and the icon's `?` version tag are simply fetched again).
// A #fragment (a guide link's facts) is never part of a key.
const CACHE = 'aws-error-guide-v1'
const CORE = ['/', '/errors/', '/catalog.json']
const IMMUTABLE = ['/_next/static/', '/ocr/']

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(CORE))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(forgetQueries)
      .then(() => self.clients.claim()),
  )
})

async function forgetQueries() {
  const cache = await caches.open(CACHE)
  const keys = await cache.keys()
  await Promise.all(keys.filter((request) => new URL(request.url).search !== '').map((request) => cache.delete(request)))
}

async function remember(request, response) {
  const key = new URL(request.url)
  key.hash = ''
  if (response.ok && response.type === 'basic' && key.search === '') await (await caches.open(CACHE)).put(key.href, response.clone())
  return response
}

async function networkFirst(request) {
  try {
    return await remember(request, await fetch(request))
  } catch (error) {
    const saved = await caches.match(request)
    if (saved) return saved
    if (request.mode === 'navigate') return offlinePage()
    throw error
  }
}

async function cacheFirst(request) {
  return (await caches.match(request)) ?? remember(request, await fetch(request))
}

function offlinePage() {
  const body =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Offline · AWS Error Guide</title></head><body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">' +
    '<h1>You are offline</h1><p>This page was not saved on this device. The paste page and the guides you have opened before work offline.</p>' +
    '<p><a href="/">Paste an error</a> · <a href="/errors/">All errors</a></p></body></html>'
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}

// A page that holds its framework until the reader needs it asks the worker to keep those files, so
// that it can boot offline even if it never did online. Only the framework's own files are taken:
// its chunks (content-hashed, kept once) and the page's payload beside the page (fetched afresh, as
// it changes with each deploy like the page does).
const PAYLOAD = /^\/[\w./-]*\.framework\.txt$/
self.addEventListener('message', (event) => {
  const files = Array.isArray(event.data?.keep) ? event.data.keep.filter((file) => typeof file === 'string') : []
  const keep = (file) => {
    const request = new Request(new URL(file, self.location.origin))
    if (file.startsWith('/_next/static/')) return cacheFirst(request)
    if (PAYLOAD.test(file)) return networkFirst(request)
  }
  event.waitUntil(Promise.all(files.map((file) => Promise.resolve(keep(file)).catch(() => undefined))))
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  event.respondWith(IMMUTABLE.some((prefix) => url.pathname.startsWith(prefix)) ? cacheFirst(request) : networkFirst(request))
})
