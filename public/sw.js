// Here & Now's service worker: keeps the app's own files so it opens and works with no
// connection. It never sees what the member writes (that stays in localStorage) and never
// talks to any other origin. scripts/post_build.py fills in the build and the file list.
"use strict";

const BUILD = "__HERE_AND_NOW_BUILD__";
const FILES = ["__HERE_AND_NOW_FILES__"];
const CACHE = "here-and-now-" + BUILD;
const SHELL = FILES.find((url) => url.endsWith("/index.html"));
// On a connection that hangs, the kept app shell opens after this long instead.
const NETWORK_PATIENCE_MS = 4000;

self.addEventListener("install", (event) => {
  // `reload` skips the HTTP cache, so the files kept are those of this build.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((url) => new Request(url, { cache: "reload" }))))
  );
  // No skipWaiting here: a new version waits until the member chooses to reload.
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("here-and-now-") && name !== CACHE)
            .map((name) => caches.delete(name))
        )
      )
      // The first visit is looked after straight away, so it already works offline.
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(pageFor(request));
    return;
  }
  // Built files have a hash in their name (or come with this build): the kept copy is right.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((kept) => kept || fetch(request)));
});

// Every address of the app is the same page, index.html: the network's when it answers (so a
// deploy shows at once), otherwise the one kept with this build.
async function pageFor(request) {
  const shell = () => caches.match(SHELL, { cacheName: CACHE });
  let timer;
  const slow = new Promise((resolve) => {
    timer = setTimeout(() => shell().then((kept) => kept && resolve(kept)), NETWORK_PATIENCE_MS);
  });
  const network = fetch(request).then(
    (response) => (response.ok ? response : shell().then((kept) => kept || response)),
    () => shell().then((kept) => kept || Response.error())
  );
  try {
    return await Promise.race([network, slow]);
  } finally {
    clearTimeout(timer);
  }
}
