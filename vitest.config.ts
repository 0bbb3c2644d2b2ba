import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Unit tests for the pure logic in shared/ and server/utils/ (`npm run test:unit`),
// real `nuxt generate` runs on fixture content (`npm run test:build`), and the
// help API of the server build on SQLite and PostgreSQL (`npm run test:api`);
// the site itself is tested in a real browser by Playwright (tests/e2e).
export default defineConfig({
  // The page scripts (modules/enhance/runtime) import shared code as esbuild bundles them.
  resolve: { alias: { '#shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // A build takes up to a minute on a slow machine; one at a time.
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          // Each file starts servers of the built help center (npm run build:test-server); one file at a time.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
