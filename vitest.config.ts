import { defineConfig } from 'vitest/config'

// Unit tests for the pure logic in shared/ and server/utils/; the site itself is
// tested in a real browser by Playwright (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
})
