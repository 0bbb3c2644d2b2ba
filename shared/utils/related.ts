import type { ArticleSummary } from '../types/help'

/**
 * The related-articles sidebar: the article's own `relatedArticles` first (in the
 * order the author listed them), then the other articles of its category in order.
 * Never the article itself, never twice, at most `count`.
 */
export function chooseRelatedArticles(
  currentPath: string,
  explicit: readonly ArticleSummary[],
  siblings: readonly ArticleSummary[],
  count: number,
): ArticleSummary[] {
  const chosen: ArticleSummary[] = []
  const seen = new Set([currentPath])
  const bySiblingOrder = [...siblings].sort((a, b) => a.order - b.order)
  for (const article of [...explicit, ...bySiblingOrder]) {
    if (chosen.length >= count) break
    if (seen.has(article.path)) continue
    seen.add(article.path)
    chosen.push(article)
  }
  return chosen
}

/**
 * The articles before and after `order` in a category's reading order, for the
 * previous/next links; `inOrder` is the category's articles sorted by `order`.
 */
export function categoryNeighbours(
  inOrder: readonly ArticleSummary[],
  order: number,
): { previous: ArticleSummary | null, next: ArticleSummary | null } {
  let previous: ArticleSummary | null = null
  for (const article of inOrder) {
    if (article.order > order) return { previous, next: article }
    if (article.order < order) previous = article
  }
  return { previous, next: null }
}
