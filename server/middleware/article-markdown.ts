import { createError, setResponseHeader } from 'h3'

// `/help/<category>/<slug>.md`: the article as Markdown, its links as the author
// wrote them. A middleware rather than a route file, because a `[slug].md` route
// would also capture the article pages (a route parameter spans the whole path
// segment); and, running before the site config is set up, it needs no site URL.
export default defineEventHandler(async (event) => {
  const match = /^\/help\/([\w-]+)\/([\w-]+)\.md$/.exec(event.path.split('?')[0] ?? '')
  if (!match) return
  const [article] = await loadArticleSources(event, `/help/${match[1]}/${match[2]}`)
  if (!article) throw createError({ statusCode: 404, statusMessage: 'Article not found' })
  setResponseHeader(event, 'content-type', 'text/markdown; charset=utf-8')
  return articleMarkdown(article)
})
