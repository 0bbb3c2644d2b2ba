import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 4173)
const supportPort = port + 1

// Runs against the generated sites, served like a static host (with `_headers`):
// `.output/public` (npm run generate) and `.output-support/public`, the same site
// built under the sub-path /support/ with a fixture article of hostile HTML
// (npm run generate:support).
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
    { name: 'site', testIgnore: /support\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'sub-path', testMatch: /support\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${supportPort}/support/` } },
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
  ],
})
