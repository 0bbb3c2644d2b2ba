import { defineNuxtModule } from '@nuxt/kit'
import type { NuxtTemplate } from 'nuxt/schema'

/**
 * Nuxt Content's build templates holding all the content as SQL: compressed
 * (imported by the server as `#content/dump`) and raw.
 */
export const DUMP_TEMPLATES = ['content/database.compressed.mjs', 'content/sql_dump.txt']

/** The dump templates among a build's templates, emptied; throws naming the one that is gone. */
export function emptyDumpTemplates(templates: NuxtTemplate[]): void {
  for (const filename of DUMP_TEMPLATES) {
    const template = templates.find(t => t.filename === filename)
    if (!template) throw new Error(`content-sql-dump: Nuxt Content's ${filename} template not found; check modules/content-sql-dump.ts against the installed @nuxt/content (docs/UPGRADING.md)`)
    template.getContents = () => filename.endsWith('.mjs') ? 'export {}\n' : ''
  }
}

/**
 * Empties the dump itself: Nuxt Content keeps it, every article as SQL, in the
 * manifest its dump templates are given as options, for the whole build.
 * Throws when the dump is no longer there.
 */
export function forgetDump(templates: NuxtTemplate[]): void {
  const options = templates.find(t => t.filename === DUMP_TEMPLATES[0])?.options as { manifest?: { dump?: unknown } } | undefined
  const dump = options?.manifest?.dump
  const queries = dump && typeof dump === 'object' ? Object.values(dump) : []
  if (!queries.length || !queries.every(Array.isArray)) throw new Error(`content-sql-dump: Nuxt Content's SQL dump is no longer its ${DUMP_TEMPLATES[0]} template's \`manifest.dump\`; check modules/content-sql-dump.ts against the installed @nuxt/content (docs/UPGRADING.md)`)
  for (const collection of queries) collection.length = 0
}

/**
 * `nuxt generate` without Nuxt Content's SQL dump of all the content, which
 * this static site has no use for.
 *
 * - Nuxt Content bundles the dump, compressed, into the server that prerenders
 *   the pages, for a server to fill an empty database from. The prerenderer
 *   reads the local database the build has just written (`.data/content/`).
 *   At 10,000 articles the dump is an 18 MB string literal that took ~2 GB of
 *   memory and ~10 s to bundle.
 * - The dump itself stays in the build's memory until the build ends: about
 *   110 MB of its heap at 10,000 articles, while pages are prerendered.
 * - It also publishes the dump as `/__nuxt_content/<collection>/sql_dump.txt`,
 *   for the browser to query content with SQLite compiled to WebAssembly. No
 *   page does: pages ship no framework runtime.
 *
 * Should the prerenderer ever find the local database out of date and reach
 * for the dump, it finds none, its queries fail and so does the build.
 * `nuxt dev` and `nuxt build` keep the dump.
 */
export default defineNuxtModule({
  meta: { name: 'content-sql-dump' },
  setup(_, nuxt) {
    if (nuxt.options.dev || !nuxt.options.nitro.static) return
    for (const [route, rules] of Object.entries(nuxt.options.routeRules ?? {})) {
      if (route.startsWith('/__nuxt_content/') && route.endsWith('/sql_dump.txt')) rules.prerender = false
    }
    // Nuxt Content adds the compressed dump's template while configuring Nitro; this hook runs after its own.
    // Nuxt Content has filled the dump by then, in its `modules:done` hook.
    nuxt.hook('nitro:config', () => {
      emptyDumpTemplates(nuxt.options.build.templates)
      forgetDump(nuxt.options.build.templates)
    })
  },
})
