import type { H3Event } from 'h3'
import { queryCollection } from '@nuxt/content/server'
import { SearchIndexBuilder } from '#shared/search/build-index'
import type { SearchIndexFiles } from '#shared/search/build-index'
import type { MinimarkBody } from '#shared/utils/minimark'
import synonyms from '#help-search-synonyms'

// Articles read per query: the parsed bodies of a whole large help center at once would take gigabytes.
const BATCH = 500

let index: Promise<SearchIndexFiles> | undefined

async function buildIndex(event: H3Event): Promise<SearchIndexFiles> {
  const builder = new SearchIndexBuilder(synonyms)
  for (let offset = 0; ; offset += BATCH) {
    const articles = await queryCollection(event, 'help')
      .where('draft', '=', false)
      .select('path', 'title', 'description', 'body', 'errors', 'aliases')
      .order('path', 'ASC')
      .skip(offset)
      .limit(BATCH)
      .all()
    builder.add(articles.map(a => ({ ...a, body: a.body as unknown as MinimarkBody })))
    if (articles.length < BATCH) return builder.build()
  }
}

/**
 * The search index of every published article. A server builds it once and
 * keeps it; prerendering asks for it once, for its bundle of all the index
 * files, and lets it go while the pages render.
 */
export function useSearchIndex(event: H3Event): Promise<SearchIndexFiles> {
  if (import.meta.prerender) return buildIndex(event)
  index ??= buildIndex(event)
  return index
}
