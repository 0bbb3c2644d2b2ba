// sitemap.xml: /help, the category pages and the published articles, each with
// its last update; prerendered by `nuxt generate` (nitro.prerender.routes).
export default defineEventHandler(async (event) => {
  const { categories, articles } = await loadHelpIndex(event)
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8')
  return sitemapXml(sitemapEntries(categories, articles), siteUrlOf(event))
})
