import type { H3Event } from 'h3'
import { queryCollection } from '@nuxt/content/server'
import type { ErrorCodeTarget } from '#shared/utils/error-codes'
import { errorCodeUrl, normalizeErrorCode } from '#shared/utils/error-codes'

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

/** A claimed error code and where it leads (see shared/utils/error-codes.ts). */
export interface PublishedErrorCode extends ErrorCodeTarget {
  code: string
  /** The article's title. */
  title: string
}

/** The error codes of the published articles, by their normalized form. */
export async function loadErrorCodes(event: H3Event): Promise<Map<string, PublishedErrorCode>> {
  const articles = await queryCollection(event, 'help').select('path', 'title', 'errors', 'draft').all()
  const codes = new Map<string, PublishedErrorCode>()
  for (const article of articles.filter(isPublished)) {
    for (const { code, section } of article.errors ?? []) {
      codes.set(normalizeErrorCode(code), { code: code.trim(), title: article.title, article: article.path, section: section ?? null, url: errorCodeUrl(article.path, section) })
    }
  }
  return codes
}
