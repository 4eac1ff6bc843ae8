/**
 * Bundles the reader script (components/reader/reader.ts) into public/reader.js: the plain script
 * every page runs at load instead of the framework. One file, minified, for browsers the site supports;
 * `npm run assets` runs it, so `next dev` serves it too. Usage: tsx scripts/build-reader.ts
 */
import { build } from 'esbuild'
import { join } from 'node:path'

const ENTRY = join('components', 'reader', 'reader.ts')
const READER_FILE = join('public', 'reader.js')

const result = await build({
  entryPoints: [ENTRY],
  outfile: READER_FILE,
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['es2020'],
  alias: { '@': '.' },
  legalComments: 'none',
  metafile: true,
})
console.log(`reader: ${READER_FILE}, ${result.metafile.outputs[READER_FILE.split('\\').join('/')]?.bytes ?? '?'} bytes`)
