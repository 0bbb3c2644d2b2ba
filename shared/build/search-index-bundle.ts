import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { PrerenderRoute } from 'nitropack'
import type { Nuxt } from 'nuxt/schema'

/** The prerendered route holding every search index file (server/routes/search-index/bundle.json.ts). */
export const SEARCH_INDEX_BUNDLE_ROUTE = '/search-index/bundle.json'

// What the index is made of: its entry point, and versioned shards and article records.
const INDEX_FILE = /^(?:meta\.json|[a-z0-9]+\/(?:shards|articles)\/[a-z0-9_]+\.json)$/

// Files written at once: enough to keep the disk busy, few enough not to exhaust file handles.
const PARALLEL_WRITES = 64

/**
 * Writes the files of a search index bundle (`{ [path]: text }`) under
 * `<publicDir>/search-index/` and returns how many. A path that is not an
 * index file fails the build rather than write outside the index.
 */
export async function writeSearchIndexBundle(json: string, publicDir: string): Promise<number> {
  const files = Object.entries(JSON.parse(json) as Record<string, unknown>)
  for (const [path, text] of files) {
    if (!INDEX_FILE.test(path) || typeof text !== 'string') {
      throw new Error(`search index bundle: refusing to write ${JSON.stringify(path)}: not a search index file`)
    }
  }
  const root = join(publicDir, 'search-index')
  for (const dir of new Set(files.map(([path]) => dirname(join(root, path))))) await mkdir(dir, { recursive: true })
  for (let i = 0; i < files.length; i += PARALLEL_WRITES) {
    await Promise.all(files.slice(i, i + PARALLEL_WRITES).map(([path, text]) => writeFile(join(root, path), text as string)))
  }
  return files.length
}

/**
 * Nuxt module: the search index reaches the static site as one prerendered
 * bundle that the build unpacks, instead of one prerendered request per file.
 * Each request costs the prerenderer about a millisecond whatever its size, and
 * the index of 10,000 articles is about 20,000 files. The bundle itself is not published.
 */
export function searchIndexBundle(_options: unknown, nuxt: Nuxt): void {
  if (nuxt.options.dev) return
  nuxt.options.nitro.prerender = { ...nuxt.options.nitro.prerender }
  nuxt.options.nitro.prerender.routes = [...(nuxt.options.nitro.prerender.routes ?? []), SEARCH_INDEX_BUNDLE_ROUTE]
  // The search page preloads `meta.json`: the crawler would fetch it again, racing the bundle's copy.
  nuxt.options.nitro.prerender.ignore = [...(nuxt.options.nitro.prerender.ignore ?? []), /\/search-index\/(?!bundle\.json$)/]
  nuxt.hook('nitro:init', (nitro) => {
    nitro.hooks.hook('prerender:generate', async (route: PrerenderRoute) => {
      if (route.route !== SEARCH_INDEX_BUNDLE_ROUTE || route.error || typeof route.contents !== 'string') return
      await writeSearchIndexBundle(route.contents, nitro.options.output.publicDir)
      route.skip = true
    })
  })
}
