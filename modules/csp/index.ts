import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addServerPlugin, defineNuxtModule } from '@nuxt/kit'
import type { PrerenderRoute } from 'nitropack'
import { headersFile, inlineScriptHashes, withCspMeta } from './csp'

/**
 * Every prerendered page carries its Content-Security-Policy as a `<meta>`
 * (with the hashes of its own inline scripts), and `_headers` gives static
 * hosts the same policy, with the hashes of all pages, as a real header.
 * A server build adds the same `<meta>` to the pages it renders on request.
 * Why our own and not nuxt-security: docs/ARCHITECTURE.md, "Safe pages".
 */
export default defineNuxtModule({
  meta: { name: 'csp' },
  setup(_, nuxt) {
    if (!nuxt.options.dev && !nuxt.options.nitro.static) addServerPlugin(join(dirname(fileURLToPath(import.meta.url)), 'runtime/rendered-pages'))
    nuxt.hook('nitro:init', (nitro) => {
      const scriptHashes = new Set<string>()
      nitro.hooks.hook('prerender:generate', (route: PrerenderRoute) => {
        if (!route.fileName?.endsWith('.html') || typeof route.contents !== 'string') return
        route.contents = withCspMeta(route.contents)
        for (const hash of inlineScriptHashes(route.contents)) scriptHashes.add(hash)
      })
      nitro.hooks.hook('prerender:done', async () => {
        await writeFile(join(nitro.options.output.publicDir, '_headers'), headersFile([...scriptHashes].sort(), nuxt.options.app.baseURL))
      })
    })
  },
})
