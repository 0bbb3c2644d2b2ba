import { escapeMarkup } from './markup'
import { absoluteSiteUrl } from './structured-data'

/**
 * What the machine-readable files (sitemap.xml, llms.txt, llms-full.txt and each
 * article's `.md`) say about the help center, from the published content only.
 */

export interface IndexedCategory {
  /** `troubleshooting`, from `content/categories/troubleshooting.yml`. */
  slug: string
  title: string
  description: string
  order: number
}

export interface IndexedArticle {
  path: string
  title: string
  description: string
  category: string
  order: number
  updatedAt: string
  /** SQLite hands booleans back as 0/1. */
  draft?: boolean | number | null
}

/** Whether an article belongs in the generated site. */
export function isPublished(article: { draft?: boolean | number | null }): boolean {
  return !article.draft
}

/** The Markdown twin of a page: `/help/a/b` → `/help/a/b.md`. */
export function markdownPath(path: string): string {
  return `${path.replace(/\/+$/, '')}.md`
}

/** An article's page path → its JSON in the help API: `/help/gateway/x` → `/help/api/v1/articles/gateway/x.json`. */
export function articleJsonPath(path: string): string {
  return `${path.replace(/^\/help\//, '/help/api/v1/articles/').replace(/\/+$/, '')}.json`
}

/** The most recent of some ISO dates, or undefined for none. */
export function latestDate(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>((latest, date) => (!latest || date > latest ? date : latest), undefined)
}

/** The published articles of each category, both in their `order`; categories without any are left out. */
export function groupByCategory<A extends IndexedArticle>(
  categories: readonly IndexedCategory[],
  articles: readonly A[],
): Array<{ category: IndexedCategory, articles: A[] }> {
  const published = articles.filter(isPublished)
  return [...categories]
    .sort((a, b) => a.order - b.order)
    .map(category => ({
      category,
      articles: published.filter(a => a.category === category.slug).sort((a, b) => a.order - b.order),
    }))
    .filter(group => group.articles.length > 0)
}

export interface SitemapEntry {
  loc: string
  lastmod?: string
}

/**
 * `/help`, every category page and every published article. An article's
 * `lastmod` is its `updatedAt`; a category's and the home page's are the latest
 * of the articles they list.
 */
export function sitemapEntries(categories: readonly IndexedCategory[], articles: readonly IndexedArticle[]): SitemapEntry[] {
  const published = articles.filter(isPublished)
  const entry = (loc: string, dates: string[]): SitemapEntry => {
    const lastmod = latestDate(dates)
    return lastmod ? { loc, lastmod } : { loc }
  }
  return [
    entry('/help', published.map(a => a.updatedAt)),
    ...[...categories].sort((a, b) => a.order - b.order).map(category =>
      entry(`/help/${category.slug}`, published.filter(a => a.category === category.slug).map(a => a.updatedAt)),
    ),
    ...groupByCategory(categories, published).flatMap(group => group.articles.map(a => entry(a.path, [a.updatedAt]))),
  ]
}

/** sitemap.xml (the sitemaps.org protocol) listing the entries at `siteUrl`, the site's absolute address. */
export function sitemapXml(entries: readonly SitemapEntry[], siteUrl: string): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastmod ? `<lastmod>${escapeMarkup(entry.lastmod)}</lastmod>` : ''
    return `  <url><loc>${escapeMarkup(absoluteSiteUrl(siteUrl, entry.loc))}</loc>${lastmod}</url>\n`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('')}</urlset>\n`
}

/** A section of llms.txt, as `nuxt-llms` renders it. */
export interface LlmsSection {
  title: string
  description?: string
  links: Array<{ title: string, description?: string, href: string }>
}

/** One llms.txt section per category, linking each published article's Markdown. */
export function llmsSections(
  categories: readonly IndexedCategory[],
  articles: readonly IndexedArticle[],
  siteUrl: string,
): LlmsSection[] {
  return groupByCategory(categories, articles).map(({ category, articles }) => ({
    title: category.title,
    description: category.description,
    links: articles.map(article => ({
      title: article.title,
      description: article.description,
      href: absoluteSiteUrl(siteUrl, markdownPath(article.path)),
    })),
  }))
}

/** A Markdown file's text without its leading `---` front matter. */
export function stripFrontMatter(markdown: string): string {
  return markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '')
}

/** Root-relative link and image targets (`](/help/…)`) made absolute, so the text still works out of context. */
export function absolutizeMarkdownLinks(markdown: string, siteUrl: string): string {
  return markdown.replace(/\]\((\/(?!\/)[^)\s]*)/g, (_, path: string) => `](${absoluteSiteUrl(siteUrl, path)}`)
}

export interface ArticleMarkdownInput {
  title: string
  description: string
  path: string
  updatedAt: string
  /** The article file as written, front matter included. */
  rawbody: string
}

/**
 * An article as a Markdown document of its own: the title as `#`, the
 * description as a quote, when it last changed, then the body as the author
 * wrote it. With `siteUrl` (for text read away from the site, like
 * llms-full.txt) it also says where the article lives, and its links are absolute.
 */
export function articleMarkdown(article: ArticleMarkdownInput, siteUrl?: string): string {
  const body = stripFrontMatter(article.rawbody).trim()
  const source = siteUrl ? `Source: ${absoluteSiteUrl(siteUrl, article.path)}  \n` : ''
  return [
    `# ${article.title}`,
    `> ${article.description}`,
    `${source}Last updated: ${article.updatedAt}`,
    siteUrl ? absolutizeMarkdownLinks(body, siteUrl) : body,
  ].join('\n\n') + '\n'
}
