// The sitemap's only source (see `sitemap` in nuxt.config.ts): /help, the
// category pages and the published articles, each with its last update.
export default defineSitemapEventHandler(async (event) => {
  const { categories, articles } = await loadHelpIndex(event)
  return sitemapEntries(categories, articles)
})
