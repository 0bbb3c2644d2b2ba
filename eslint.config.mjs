// @ts-check
import withNuxt from './.nuxt/eslint.config.mjs'

export default withNuxt({
  ignores: ['.output/**', '.output-server/**', '.output-support/**', '.data/**', 'test-results/**', 'playwright-report/**'],
})
