// `/search-index/<version>/shards/<key>.json` and `/search-index/<version>/articles/<id>.json`.
export default defineEventHandler(async (event) => {
  const { version, kind, file = '' } = getRouterParams(event)
  const { meta, shards, articles } = await useSearchIndex(event)
  const name = file.replace(/\.json$/, '')
  const body = version !== meta.version
    ? undefined
    : kind === 'articles' ? articles[Number(name)] : kind === 'shards' ? shards.get(name) : undefined
  if (body === undefined) {
    throw createError({ statusCode: 404, statusMessage: 'No such search index file' })
  }
  setResponseHeader(event, 'content-type', 'application/json')
  return typeof body === 'string' ? body : JSON.stringify(body)
})
