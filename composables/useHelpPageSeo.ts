import type { MinimarkBody } from '#shared/utils/minimark'

export interface HelpPageSeo {
  title: string
  description: string
  /** The page's path, `/help/…`. */
  path: string
  /**
   * The pages between the help home and this one, for the breadcrumb trail
   * (`[]` on a category page). Leave out on the home page.
   */
  trail?: Array<{ title: string, path: string }>
  /** Set on article pages: adds `TechArticle` and, for sections of numbered steps, `HowTo`. */
  article?: { updatedAt: string, body?: MinimarkBody | null }
}

/**
 * Everything a help page tells search engines and assistants about itself:
 * title and description, canonical URL, Open Graph and Twitter tags, and JSON-LD.
 * Called at build time only: the head is part of the prerendered HTML, and the
 * code that builds it stays out of the browser.
 */
export function useHelpPageSeo(page: HelpPageSeo) {
  const site = useSiteConfig()
  const siteUrl = siteAddress(String(site.url), useRuntimeConfig().app.baseURL)
  const siteName = String(site.name)
  const url = absoluteSiteUrl(siteUrl, page.path)

  useSeoMeta({
    title: page.title,
    titleTemplate: `%s · ${siteName}`,
    description: page.description,
    ogTitle: page.title,
    ogDescription: page.description,
    ogUrl: url,
    ogType: page.article ? 'article' : 'website',
    ogSiteName: siteName,
    ogLocale: 'en_US',
    twitterCard: 'summary',
    twitterTitle: page.title,
    twitterDescription: page.description,
    articleModifiedTime: page.article?.updatedAt,
  })

  const jsonLd: JsonLd[] = []
  if (page.trail) {
    const trail = [{ title: 'Help', path: '/help' }, ...page.trail, { title: page.title, path: page.path }]
    jsonLd.push(breadcrumbListJsonLd(trail.map(crumb => ({ name: crumb.title, url: absoluteSiteUrl(siteUrl, crumb.path) }))))
  }
  if (page.article) {
    jsonLd.push(techArticleJsonLd({
      title: page.title,
      description: page.description,
      url,
      updatedAt: page.article.updatedAt,
      siteName,
      siteUrl: absoluteSiteUrl(siteUrl, '/help'),
    }))
    jsonLd.push(...howToJsonLd(minimarkSteps(page.article.body), url))
  }

  useHead({
    link: [
      { rel: 'canonical', href: url },
      ...(page.article ? [{ rel: 'alternate' as const, type: 'text/markdown', href: markdownPath(page.path) }] : []),
    ],
    script: jsonLd.map(data => ({ type: 'application/ld+json', innerHTML: serializeJsonLd(data) })),
  })

  // `nuxt generate` also writes the article's Markdown twin (server/middleware/article-markdown.ts):
  // the crawler follows only links to pages, so the page names it.
  if (page.article) prerenderRoutes([markdownPath(page.path), articleJsonPath(page.path)])
}
