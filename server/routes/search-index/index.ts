import { shardFileName } from '#shared/search/shards'

// A plain list of every file of the search index. The prerenderer follows links
// only from HTML pages, so this page is how the index files reach the static site.
export default defineEventHandler(async (event) => {
  const { meta, articles } = await useSearchIndex(event)
  const files = [
    '/search-index/meta.json',
    ...meta.shards.map(key => `/search-index/${meta.version}/shards/${shardFileName(key)}.json`),
    ...articles.map((_, id) => `/search-index/${meta.version}/articles/${id}.json`),
  ]
  setResponseHeader(event, 'content-type', 'text/html; charset=utf-8')
  setResponseHeader(event, 'x-nitro-prerender', files.join(','))
  return `<!doctype html><meta charset="utf-8"><meta name="robots" content="noindex"><title>Search index</title>`
    + `<p>Search index ${meta.version}: ${meta.articleCount} articles in ${meta.shards.length} shards.</p>`
})
