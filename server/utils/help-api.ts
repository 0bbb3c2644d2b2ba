import type { IndexedArticle, IndexedCategory } from '../../shared/utils/site-index'
import { absoluteSiteUrl } from '../../shared/utils/structured-data'
import type { PublishedErrorCode } from './help-index'

/**
 * The help API's files (`/help/api/v1/…`), as plain data: what the desktop app
 * reads to link an error to its fix, list the help center or show an article
 * in-app. The JSON Schemas in public/help/api/v1/schemas/ describe them, and
 * docs/APP-INTEGRATION.md promises what `v1` keeps.
 */

export const HELP_API_VERSION = 1

export interface ApiArticleInput extends IndexedArticle {
  errors?: Array<{ code: string, section?: string }> | null
}

const slugOf = (path: string) => path.split('/').pop() ?? ''

/** `/help/api/v1/index.json`: the categories and the published articles, in reading order. */
export function apiIndex(siteUrl: string, categories: readonly IndexedCategory[], articles: readonly ApiArticleInput[]) {
  const byOrder = <T extends { order: number }>(list: readonly T[]) => [...list].sort((a, b) => a.order - b.order)
  return {
    version: HELP_API_VERSION,
    categories: byOrder(categories).map(category => ({
      slug: category.slug,
      title: category.title,
      description: category.description,
      url: absoluteSiteUrl(siteUrl, `/help/${category.slug}`),
    })),
    articles: byOrder(categories).flatMap(category => byOrder(articles.filter(a => a.category === category.slug)).map(article => ({
      category: article.category,
      slug: slugOf(article.path),
      title: article.title,
      description: article.description,
      path: article.path,
      url: absoluteSiteUrl(siteUrl, article.path),
      updatedAt: article.updatedAt,
      errors: (article.errors ?? []).map(({ code, section }) => ({ code: code.trim(), section: section ?? null })),
    }))),
  }
}

/** `/help/api/v1/errors.json`: each error code, as the app shows it, and where its fix is. */
export function apiErrors(siteUrl: string, codes: Iterable<PublishedErrorCode>) {
  const sorted = [...codes].sort((a, b) => a.code.localeCompare(b.code, 'en'))
  return {
    version: HELP_API_VERSION,
    errors: Object.fromEntries(sorted.map(code => [code.code, {
      url: absoluteSiteUrl(siteUrl, code.url),
      article: code.article,
      section: code.section,
    }])),
  }
}
