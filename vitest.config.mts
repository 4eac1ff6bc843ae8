import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    // Vitest leaves a core free by default, which on a 2-core machine is half of it: the unit run took
    // 68 s on one worker and 40 s on two. Nothing else runs beside it in `npm test`.
    maxWorkers: availableParallelism(),
  },
})
