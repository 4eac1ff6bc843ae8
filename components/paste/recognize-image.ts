/**
 * Reads the text in a screenshot with tesseract.js, entirely in this browser. The library, its
 * worker, the WebAssembly core and the English model are all served by this site (copied from npm
 * by scripts/copy-ocr-assets.ts), and are loaded only when an image arrives.
 */
export type OcrProgress = { status: string; progress: number }

export async function recognizeImage(image: Blob, onProgress: (p: OcrProgress) => void): Promise<string> {
  const { createWorker, OEM } = await import('tesseract.js')
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    workerPath: '/ocr/worker.min.js',
    corePath: '/ocr/core/',
    langPath: '/ocr/lang',
    // A plain worker URL rather than a blob: the Content-Security-Policy allows scripts from this site only.
    workerBlobURL: false,
    logger: (m: { status: string; progress: number }) => onProgress({ status: m.status, progress: m.progress }),
  })
  try {
    const { data } = await worker.recognize(image)
    return data.text
  } finally {
    await worker.terminate()
  }
}
