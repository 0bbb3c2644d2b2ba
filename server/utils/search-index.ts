import type { H3Event } from 'h3'
import { queryCollection } from '@nuxt/content/server'
import { buildSearchIndex } from '#shared/search/build-index'
import type { SearchIndexFiles } from '#shared/search/build-index'
import type { MinimarkBody } from '#shared/utils/minimark'

let index: Promise<SearchIndexFiles> | undefined

/**
 * The search index of every published article, built once per build: all the
 * index files are prerendered from this one result.
 */
export function useSearchIndex(event: H3Event): Promise<SearchIndexFiles> {
  index ??= queryCollection(event, 'help')
    .where('draft', '=', false)
    .select('path', 'title', 'description', 'body')
    .order('path', 'ASC')
    .all()
    .then(articles => buildSearchIndex(articles.map(a => ({ ...a, body: a.body as unknown as MinimarkBody }))))
  return index
}
