import { join } from 'node:path'
import type { NitroConfig, PrerenderRoute } from 'nitropack'
import { defineNuxtModule } from '@nuxt/kit'

/** The prerendered route that writes the search index into the site (server/routes/search-index/publish.ts). */
export const SEARCH_INDEX_PUBLISH_ROUTE = '/search-index/publish'

/**
 * `nuxt generate` publishes the search index through one
 * prerendered request that writes every index file into the site, instead of
 * one prerendered request per file. It mounts the `search-index-site` storage
 * on the site's search-index/ folder for that route, and leaves the route's own
 * answer unpublished.
 */
export default defineNuxtModule({
  meta: { name: 'search-index-publish' },
  setup(_, nuxt) {
    if (nuxt.options.dev) return
    nuxt.options.nitro.prerender = { ...nuxt.options.nitro.prerender }
    nuxt.options.nitro.prerender.routes = [...(nuxt.options.nitro.prerender.routes ?? []), SEARCH_INDEX_PUBLISH_ROUTE]
    // The search page preloads `meta.json`: the crawler would fetch it again, racing the written copy.
    nuxt.options.nitro.prerender.ignore = [...(nuxt.options.nitro.prerender.ignore ?? []), /\/search-index\/(?!publish$)/]
    nuxt.hook('nitro:init', (nitro) => {
      // The prerenderer is a Nitro server of its own, configured here.
      nitro.hooks.hook('prerender:config', (config: NitroConfig) => {
        config.storage = { ...config.storage, 'search-index-site': { driver: 'fs-lite', base: join(nitro.options.output.publicDir, 'search-index') } }
      })
      nitro.hooks.hook('prerender:generate', (route: PrerenderRoute) => {
        if (route.route === SEARCH_INDEX_PUBLISH_ROUTE && !route.error) route.skip = true
      })
    })
  },
})
