import { queryCollection } from '@nuxt/content/server'

// `/help/api/v1/articles/<category>/<slug>.json` (docs/APP-INTEGRATION.md): one published article with its
// parsed body (minimark, with its table of contents), for readers of the help center
// other than browsers (the desktop app can show a fix in-app). Prerendered from
// each article page (pages/help/[category]/[slug].vue).
export default defineEventHandler(async (event) => {
  const category = getRouterParam(event, 'category') ?? ''
  const slug = /^([\w-]+)\.json$/.exec(getRouterParam(event, 'file') ?? '')?.[1]
  if (!slug) throw createError({ statusCode: 404, statusMessage: 'Not found' })
  const path = `/help/${category}/${slug}`
  const article = await queryCollection(event, 'help').path(path)
    .select('path', 'title', 'description', 'category', 'updatedAt', 'draft', 'body').first()
  if (!article || !isPublished(article)) throw createError({ statusCode: 404, statusMessage: 'Article not found' })
  const { category: articleCategory, title, description, updatedAt, body } = article
  return { version: HELP_API_VERSION, category: articleCategory, slug, title, description, path, url: absoluteSiteUrl(siteUrlOf(event), path), updatedAt, body }
})
