import { queryCollection } from '@nuxt/content/server'

// `/help/api/v1/index.json` (server/utils/help-api.ts), prerendered with the site.
export default defineEventHandler(async (event) => {
  const { categories } = await loadHelpIndex(event)
  const articles = await queryCollection(event, 'help')
    .select('path', 'title', 'description', 'category', 'order', 'updatedAt', 'draft', 'errors').all()
  return apiIndex(siteUrlOf(event), categories, articles.filter(isPublished))
})
