/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site: every page is HTML in out/, servable by any static host or CDN.
  output: 'export',
  // /errors/access-denied/ → out/errors/access-denied/index.html, which S3, GitHub Pages and `serve` all resolve.
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
}

export default nextConfig
