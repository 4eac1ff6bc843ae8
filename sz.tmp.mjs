import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
const entries = process.argv.slice(2)
for (const entry of entries) {
  const r = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, splitting: true, outdir: '/tmp/s12/szout', format: 'esm', jsx: 'automatic', external: ['react', 'react/*', 'react-dom', 'next/*', 'fuse.js', 'zod'], alias: { '@': '/work/wt/12' }, loader: { '.ts': 'ts', '.tsx': 'tsx' }, logLevel: 'silent' })
  const code = r.outputFiles.find((f) => !f.path.includes('chunk-') && f.path.endsWith('.js')).contents
  console.log(entry.padEnd(50), code.length, 'B min', gzipSync(code).length, 'B gzip')
}
