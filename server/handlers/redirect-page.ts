import { queryCollection } from '@nuxt/content/server'

// The page at an old article URL (`redirectFrom`). Registered for each old path
// by the content checks module (modules/content-checks), which also
// adds the paths to the prerendered routes.
export default defineEventHandler(async (event) => {
  const from = decodeURI(getRequestURL(event).pathname)
  const articles = await queryCollection(event, 'help')
    .where('draft', 'IN', visibleDraftValues)
    .select('path', 'title', 'redirectFrom')
    .all()
  const article = findRedirectTarget(articles, from)
  if (!article) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  setResponseHeader(event, 'content-type', 'text/html; charset=utf-8')
  return redirectPageHtml(article.path, article.title)
})
