import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { E2E_DATABASE, SERVER_OUTPUT } from './tests/e2e/server-mode'

const port = Number(process.env.E2E_PORT ?? 4173)
const supportPort = port + 1
const serverPort = port + 2
const serverEntry = join(SERVER_OUTPUT, 'server/index.mjs')
// The server project needs `npm run build:test-server`; without it locally, the static projects still run.
const withServer = !!process.env.CI || existsSync(serverEntry)

// Runs against the generated sites, served like a static host (with `_headers`):
// `.output/public` (npm run generate) and `.output-support/public`, the same site
// built under the sub-path /support/ with a fixture article of hostile HTML
// (npm run generate:support); and against the server build with the help API
// (npm run build:test-server), started as `npm start` starts it, on a fresh
// SQLite file.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'site', testIgnore: /(?:support|feedback-server)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'sub-path', testMatch: /support\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${supportPort}/support/` } },
    ...(withServer ? [{ name: 'server', testMatch: /feedback-server\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${serverPort}` } }] : []),
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs .output/public --port ${port}`,
      url: `http://127.0.0.1:${port}/help`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs .output-support/public --port ${supportPort} --base /support/`,
      url: `http://127.0.0.1:${supportPort}/support/help`,
      reuseExistingServer: !process.env.CI,
    },
    ...(withServer
      ? [{
          command: `rm -f ${E2E_DATABASE} ${E2E_DATABASE}-wal ${E2E_DATABASE}-shm && node ${serverEntry}`,
          url: `http://127.0.0.1:${serverPort}/help`,
          // SQLite, whatever DATABASE_URL the shell has; no rate limit for tests running side by side.
          env: { HOST: '127.0.0.1', PORT: String(serverPort), DATABASE_URL: '', HELP_DATABASE_PATH: E2E_DATABASE, HELP_API_RATE_LIMIT: '0' },
          reuseExistingServer: !process.env.CI,
        }]
      : []),
  ],
})
