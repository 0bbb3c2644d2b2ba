// Fills llms.txt and llms-full.txt (routes served by nuxt-llms) from the published articles.
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('llms:generate', async (event, options) => {
    const { categories, articles } = await loadHelpIndex(event)
    options.sections.push(...llmsSections(categories, articles, siteUrlOf(event)))
  })

  nitroApp.hooks.hook('llms:generate:full', async (event, options, contents) => {
    const siteUrl = siteUrlOf(event)
    const { categories } = await loadHelpIndex(event)
    contents.push(`# ${options.title}\n\n> ${options.description}\n\nEvery published article, grouped by topic. Each one is also at its Source address.`)
    for (const { articles } of groupByCategory(categories, await loadArticleSources(event))) {
      contents.push(...articles.map(article => articleMarkdown(article, siteUrl)))
    }
  })
})
