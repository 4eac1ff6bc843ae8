import { availableParallelism } from 'node:os'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site: every page is HTML in out/, servable by any static host or CDN.
  output: 'export',
  // /errors/access-denied/ → out/errors/access-denied/index.html, which S3, GitHub Pages and `serve` all resolve.
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Next renders pages on one worker fewer than the cores, a single one on a 2-core machine; the 3,600
  // pages of the export take 44 s on two workers against 60 s on one.
  experimental: { cpus: availableParallelism() },
}

export default nextConfig
