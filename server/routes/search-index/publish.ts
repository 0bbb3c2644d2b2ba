import { searchIndexFiles } from '#shared/search/index-files'

// Files written at once: enough to keep the disk busy, few enough not to exhaust file handles.
const PARALLEL_WRITES = 64

// `nuxt generate` only: writes every search index file into the site, through the
// storage it mounts on the site's search-index/ folder (modules/search-index-publish.ts),
// and answers with how many. The files never pass through the prerenderer: one
// prerendered request per file costs about a millisecond each, and a large help
// center has tens of thousands; one response holding them all costs hundreds of MB.
export default defineEventHandler(async (event) => {
  if (!import.meta.prerender) throw createError({ statusCode: 404, statusMessage: 'Not found' })
  const site = useStorage('search-index-site')
  let writes: Promise<void>[] = []
  let count = 0
  for (const [path, text] of searchIndexFiles(await useSearchIndex(event))) {
    writes.push(site.setItem(path, text))
    count++
    if (writes.length === PARALLEL_WRITES) {
      await Promise.all(writes)
      writes = []
    }
  }
  await Promise.all(writes)
  return { files: count }
})
