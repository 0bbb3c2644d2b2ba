import type { H3Event } from 'h3'
import { queryCollection } from '@nuxt/content/server'
import { isPublished } from '../../shared/utils/site-index'

let published: Promise<Set<string>> | undefined

/**
 * Whether `path` is a published article of this build. The list is read from
 * Nuxt Content once, on the first request that needs it, and kept: a server's
 * content never changes while it runs.
 */
export async function isPublishedArticle(event: H3Event, path: string): Promise<boolean> {
  published ??= queryCollection(event, 'help').select('path', 'draft').all()
    .then(articles => new Set(articles.filter(isPublished).map(article => article.path)))
    .catch((error) => {
      published = undefined
      throw error
    })
  return (await published).has(path)
}
