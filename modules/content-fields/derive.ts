/**
 * Fields of a help article that authors never type: they follow from where the
 * file lives and from what it already says.
 */
export interface DerivedArticleFields {
  category: string
  order: number
  slug: string
  excerpt: string
  searchText: string
}

/** `help/<category>/<NN>.<slug>` → its parts; `null` when the stem is not an article's. */
export function parseArticleStem(stem: string): { category: string, order: number, slug: string } | null {
  const match = /^help\/([^/]+)\/(\d+)\.([^/]+)$/.exec(stem)
  if (!match) return null
  const [, category, order, slug] = match
  return { category: category!, order: Number(order), slug: slug! }
}

export function deriveArticleFields(stem: string, title: string, description: string): DerivedArticleFields {
  const parts = parseArticleStem(stem)
  if (!parts) {
    throw new Error(`${stem}: an article must live at content/help/<category>/<NN>.<slug>.md`)
  }
  return {
    ...parts,
    excerpt: description,
    searchText: `${title} ${description}`.trim(),
  }
}
