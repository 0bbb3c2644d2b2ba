/** What lists, sidebars and search results show of an article: never its body. */
export interface ArticleSummary {
  path: string
  title: string
  description: string
  category: string
  order: number
}

/** The fields every article list query selects. */
export const ARTICLE_SUMMARY_FIELDS = ['path', 'title', 'description', 'category', 'order'] as const
