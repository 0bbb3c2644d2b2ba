/**
 * A category and its published articles in reading order (no bodies), under
 * one `useAsyncData` key per category. Its page and every one of its articles
 * ask for it by that key, so a build fetches it once and shares it between
 * them (Nuxt's shared prerender data); `transform` keeps what a page shows,
 * which is all its payload carries. `info` is null for an unknown category.
 */
export function useCategoryListing<T>(
  category: string,
  transform: (listing: Awaited<ReturnType<typeof fetchCategoryListing>>) => T,
) {
  return useAsyncData(`category:${category}`, () => fetchCategoryListing(category), { transform })
}

async function fetchCategoryListing(category: string) {
  const [info, articles] = await Promise.all([
    queryCollection('categories').where('stem', '=', `categories/${category}`).select('title', 'description', 'icon').first(),
    queryCollection('help').where('category', '=', category).where('draft', 'IN', visibleDraftValues)
      .select(...ARTICLE_SUMMARY_FIELDS).order('order', 'ASC').all(),
  ])
  return { info, articles }
}
