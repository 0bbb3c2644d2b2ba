import { defineNuxtModule } from '@nuxt/kit'

/**
 * Runtime code Nuxt and its modules put in the entry chunk of every page that
 * this site's browsers never run (see README, "Light pages"). Each change checks
 * the code it replaces and fails the build if a new Nuxt version moved it.
 *
 * - nuxt-site-config's plugin runs on the server only: nothing in the browser
 *   reads the site config (canonical URLs and JSON-LD are in the prerendered HTML).
 * - `$fetch` (ofetch, ~3 KB gzip) loads on its first call in the browser: no
 *   page calls it (page data comes from prerendered payloads; search fetches its
 *   index with `fetch`). The server keeps Nitro's own `$fetch`.
 * - unhead gets no optional plugins. Before compatibility version 5, Nuxt gives
 *   it plugins for deprecated head input (`hid`, `vmid`, `children`) and for
 *   template params (`%separator`, `%siteName`); nothing here writes either.
 */
export const leanClient = defineNuxtModule({
  meta: { name: 'lean-client' },
  setup(_, nuxt) {
    nuxt.hook('app:resolve', (app) => {
      const siteConfig = app.plugins.find(plugin => /[/\\]nuxt-site-config[/\\].*[/\\]0\.siteConfig/.test(plugin.src))
      if (!siteConfig) throw new Error('lean-client: nuxt-site-config\'s plugin not found')
      siteConfig.mode = 'server'
    })

    nuxt.hook('app:templates', (app) => {
      const template = app.templates.find(t => t.filename === 'fetch.mjs')
      const original = template?.getContents
      if (!template || !original) throw new Error('lean-client: Nuxt\'s fetch.mjs template not found')
      template.getContents = async (data) => {
        const source = await original(data)
        if (!source.includes('globalThis.$fetch = _$fetch.create(')) throw new Error('lean-client: unexpected fetch.mjs, check the Nuxt version')
        return `import { baseURL } from '#internal/nuxt/paths'
if (!globalThis.$fetch) {
  let loaded
  const instance = () => (loaded ??= import('ofetch').then(m => m.$fetch.create({ baseURL: baseURL() })))
  const lazy = pick => {
    const call = (request, options) => instance().then(f => pick(f)(request, options))
    call.raw = (request, options) => instance().then(f => pick(f).raw(request, options))
    call.native = (...args) => fetch(...args)
    call.create = (defaults, globalOptions) => lazy(f => pick(f).create(defaults, globalOptions))
    return call
  }
  globalThis.$fetch = lazy(f => f)
}
export const $fetch = globalThis.$fetch
`
      }
    })

    nuxt.hook('modules:done', () => {
      const template = nuxt.options.build.templates.find(t => t.filename === 'unhead-options.mjs')
      const original = template?.getContents
      if (!template || !original) throw new Error('lean-client: Nuxt\'s unhead-options.mjs template not found')
      template.getContents = async (data) => {
        const source = await original(data)
        const plugins = /^ {2}plugins: .+,$/m
        if (!plugins.test(source)) throw new Error('lean-client: unexpected unhead-options.mjs, check the Nuxt version')
        return source.replace(/^import .+;$/gm, '').replace(plugins, '  plugins: [],')
      }
    })
  },
})
