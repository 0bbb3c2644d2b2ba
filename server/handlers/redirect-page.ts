import { queryCollection } from '@nuxt/content/server'
import { joinURL } from 'ufo'

// The page at an old article URL (`redirectFrom`). Registered for each old path
// by the content checks module (modules/content-checks), which also adds the
// paths to the prerendered routes.
export default defineEventHandler(async (event) => {
  // Below the site's base URL, as Nitro gives it to handlers.
  const from = decodeURI(event.path.split('?')[0] ?? '')
  const articles = await queryCollection(event, 'help')
    .where('draft', 'IN', visibleDraftValues)
    .select('path', 'title', 'redirectFrom')
    .all()
  const article = findRedirectTarget(articles, from)
  if (!article) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  setResponseHeader(event, 'content-type', 'text/html; charset=utf-8')
  return forwardPageHtml({ to: joinURL(useRuntimeConfig(event).app.baseURL, article.path), title: article.title, lead: 'This article has moved to' })
})
