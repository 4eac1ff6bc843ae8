// Loaded by the redirect page of an alias address: goes on to the guide its canonical link names,
// keeping the #section the link pointed at. Only the path of the canonical link is used, so the
// reader never leaves this site, whatever host the build wrote into it.
;(function () {
  const canonical = document.querySelector('link[rel="canonical"]')
  if (canonical) location.replace(new URL(canonical.href).pathname + location.hash)
})()
