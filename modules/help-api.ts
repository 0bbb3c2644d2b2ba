import { join } from 'node:path'
import { addServerPlugin, addTemplate, addTypeTemplate, defineNuxtModule } from '@nuxt/kit'
import { FEEDBACK_API_PATH, SEARCH_GAPS_API_PATH } from '../shared/feedback/fields'

/**
 * The help API (server/help-api/): "Was this helpful?" answers and searches
 * that found nothing, stored in SQLite or PostgreSQL. Only a server build has
 * it: `npm run build` registers its routes and its plugin, and tells the
 * pages so (`#build/help-api.mjs`); `npm run generate` builds a static site
 * whose pages send nothing anywhere, and bundles none of it.
 */
export default defineNuxtModule({
  meta: { name: 'help-api' },
  setup(_, nuxt) {
    const enabled = !nuxt.options.nitro.static
    addTemplate({ filename: 'help-api.mjs', getContents: () => `export const helpApi = ${enabled}\n` })
    // Named after the template, as modules/enhance does.
    addTypeTemplate({
      filename: 'help-api.d.ts',
      getContents: () => [
        `declare module '#build/help-api.mjs' {`,
        `  /** Whether this build serves the help API (\`npm run build\`), or is a static site (\`npm run generate\`). */`,
        `  export const helpApi: boolean`,
        `}`,
        ``,
      ].join('\n'),
    })
    if (!enabled) return
    const dir = join(nuxt.options.serverDir, 'help-api')
    // First in line, as middleware on their own paths: the site-config and
    // robots modules' middleware run on every request that reaches them, to
    // decorate pages, and cost a quarter of the API's throughput for nothing a
    // JSON post needs. Every page of a server build is prerendered and served
    // before any middleware, so the order changes nothing else.
    nuxt.options.serverHandlers.unshift(
      { route: FEEDBACK_API_PATH, middleware: true, handler: join(dir, 'feedback') },
      { route: SEARCH_GAPS_API_PATH, middleware: true, handler: join(dir, 'search-gaps') },
    )
    addServerPlugin(join(dir, 'lifecycle'))
  },
})
