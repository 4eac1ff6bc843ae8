/**
 * Copies what in-browser OCR needs from npm packages into public/ocr/, so the site serves it from
 * its own origin (no CDN): tesseract.js's worker, the LSTM builds of its WebAssembly core (the
 * browser picks one by CPU features) and the English model.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`))
const target = join('public', 'ocr')

const tesseract = packageDir('tesseract.js')
const core = packageDir('tesseract.js-core')
const eng = packageDir('@tesseract.js-data/eng')

await mkdir(join(target, 'core'), { recursive: true })
await mkdir(join(target, 'lang'), { recursive: true })
const cores = (await readdir(core)).filter((name) => name.endsWith('-lstm.wasm.js'))
await Promise.all([
  copyFile(join(tesseract, 'dist', 'worker.min.js'), join(target, 'worker.min.js')),
  ...cores.map((name) => copyFile(join(core, name), join(target, 'core', name))),
  copyFile(join(eng, '4.0.0_best_int', 'eng.traineddata.gz'), join(target, 'lang', 'eng.traineddata.gz')),
])
console.log(`ocr: worker, ${cores.length} cores and the English model copied to ${target}`)
