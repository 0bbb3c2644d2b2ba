import type { H3Event } from 'h3'
import { queryCollection } from '@nuxt/content/server'

/** The categories and published articles, as the machine-readable files describe them. */
export async function loadHelpIndex(event: H3Event): Promise<{ categories: IndexedCategory[], articles: IndexedArticle[] }> {
  const [categories, articles] = await Promise.all([
    queryCollection(event, 'categories').select('stem', 'title', 'description', 'order').all(),
    queryCollection(event, 'help').select('path', 'title', 'description', 'category', 'order', 'updatedAt', 'draft').all(),
  ])
  return {
    categories: categories.map(({ stem, title, description, order }) => ({ slug: categorySlug(stem), title, description, order })),
    articles: articles.filter(isPublished),
  }
}

/**
 * Published articles with the Markdown file each was written as (`rawbody`);
 * only the article at `path` when given. Server-side only: pages never select
 * `rawbody`, so it stays out of their payloads.
 */
export async function loadArticleSources(event: H3Event, path?: string): Promise<Array<IndexedArticle & ArticleMarkdownInput>> {
  let query = queryCollection(event, 'help').select('path', 'title', 'description', 'category', 'order', 'updatedAt', 'draft', 'rawbody')
  if (path) query = query.where('path', '=', path)
  return (await query.all()).filter(isPublished)
}

/** The site's absolute address (`site.url` in nuxt.config.ts, or `NUXT_SITE_URL`) with the sub-path it is served from, without a trailing slash. */
export function siteUrlOf(event: H3Event): string {
  return siteAddress(String(getSiteConfig(event).url), useRuntimeConfig(event).app.baseURL)
}
