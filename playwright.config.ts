import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173)
// Debian's Chromium where it is installed (CI and our machines cannot download Playwright's own).
const DEBIAN_CHROMIUM = '/usr/bin/chromium'

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace snapshots the page at every step of every test, passing or not: a third of
    // the browser's work in this suite. E2E_TRACE=1 records them, kept for the tests that fail.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    // The offline worker would answer requests that page.route and the request logs expect to see;
    // e2e/offline.spec.ts allows it and tests it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
          // Without these, Chromium keeps dialling Google's hosts, which a closed network refuses.
          args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
        },
      },
    },
  ],
  // The exported site, served by the same static server and headers as `npm start`.
  webServer: {
    command: `npx serve out --listen tcp://127.0.0.1:${PORT} --config ../serve.json --no-clipboard --no-port-switching`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
