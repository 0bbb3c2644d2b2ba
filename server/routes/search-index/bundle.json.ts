// Every file of the search index in one response: `{ [path under /search-index/]: file text }`.
// The build writes them out and does not publish this response (shared/build/search-index-bundle.ts):
// one prerendered request instead of one per file, which a large help center has by the ten thousand.
export default defineEventHandler(async (event) => {
  const { meta, shards, articles } = await useSearchIndex(event)
  const files: Record<string, string> = { 'meta.json': JSON.stringify(meta) }
  for (const [name, text] of shards) files[`${meta.version}/shards/${name}.json`] = text
  articles.forEach((record, id) => (files[`${meta.version}/articles/${id}.json`] = JSON.stringify(record)))
  return files
})
