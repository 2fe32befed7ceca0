// Service worker: lets the quiz load and play offline, and makes it installable.
//
// The list of files to precache and the cache version are written into dist/sw.js at build
// time by tools/precache.mjs (a Trunk post_build hook); this source copy lists nothing, so
// an unprocessed sw.js caches nothing and only passes requests through.
//
// - Hashed build files (name-0123456789abcdef.js, _bg.wasm, .css) are cache-first: their
//   content never changes under the same name.
// - index.html and navigations are network-first, falling back to the precached copy offline.
// - Files only some players need (the Japanese question bank) are not precached: they are
//   cached the first time they are fetched, then served cache-first like the rest.
// - Each build gets its own cache, named after a hash of all its files; when the new worker
//   activates it deletes the caches of older builds of this same scope (and only those).
const BUILD = { version: 'unbuilt', files: [], hashed: [], onDemand: [] }; // @precache (filled at build time)

const scopePath = new URL(self.registration.scope).pathname;
const CACHE_PREFIX = `litre-quiz:${scopePath}:`;
const CACHE = CACHE_PREFIX + BUILD.version;
const absolute = (path) => new URL(path, self.location.href).href;
const INDEX = absolute('index.html');
const PRECACHED = new Set(BUILD.files.map(absolute));
const HASHED = new Set(BUILD.hashed.map(absolute));
const ON_DEMAND = new Set((BUILD.onDemand ?? []).map(absolute));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Hashed files may come from the HTTP cache (the page has usually just loaded them);
      // everything else is revalidated so the cache matches this build.
      const requests = [...PRECACHED].map(
        (url) => new Request(url, { cache: HASHED.has(url) ? 'default' : 'no-cache' }),
      );
      await cache.addAll(requests);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || PRECACHED.size === 0) return;
  const url = request.url.split('#')[0];
  if (request.mode === 'navigate' || url === INDEX) {
    event.respondWith(networkFirst(request));
  } else if (PRECACHED.has(url)) {
    event.respondWith(cacheFirst(request));
  } else if (ON_DEMAND.has(url)) {
    event.respondWith(cacheOnFirstUse(request));
  }
  // Anything else goes to the network as if there were no service worker.
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}

async function cacheOnFirstUse(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(INDEX));
    if (cached) return cached;
    throw error;
  }
}
