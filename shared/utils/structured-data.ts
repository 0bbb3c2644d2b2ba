import type { StepSection } from './minimark'

/**
 * schema.org structured data (JSON-LD) for help pages. Plain objects: the page
 * puts each one in a `<script type="application/ld+json">`.
 */
export type JsonLd = { '@context': 'https://schema.org', '@type': string } & Record<string, unknown>

/**
 * The site's absolute address, with the sub-path it is served from and no
 * trailing slash: `https://help.example.com` + `/support/` → `https://help.example.com/support`.
 */
export function siteAddress(siteUrl: string, baseURL = '/'): string {
  return `${siteUrl.replace(/\/+$/, '')}${baseURL.replace(/\/+$/, '')}`
}

/** A site path → an absolute URL on the site (`https://help.example.com` + `/help`). */
export function absoluteSiteUrl(siteUrl: string, path: string): string {
  const base = siteUrl.replace(/\/+$/, '')
  if (!path || path === '/') return `${base}/`
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`
}

/** One step of a breadcrumb trail: its label and absolute URL. */
export interface Crumb {
  name: string
  url: string
}

export function breadcrumbListJsonLd(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    'itemListElement': crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      'position': i + 1,
      'name': crumb.name,
      'item': crumb.url,
    })),
  }
}

export interface TechArticleInput {
  title: string
  description: string
  /** Absolute URL of the article. */
  url: string
  /** `YYYY-MM-DD` (or any ISO 8601 date). */
  updatedAt: string
  siteName: string
  /** Absolute URL of the site's home. */
  siteUrl: string
}

export function techArticleJsonLd(article: TechArticleInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    'headline': article.title,
    'description': article.description,
    'url': article.url,
    'mainEntityOfPage': article.url,
    'dateModified': article.updatedAt,
    'inLanguage': 'en',
    'isPartOf': { '@type': 'WebSite', 'name': article.siteName, 'url': article.siteUrl },
  }
}

/**
 * One `HowTo` per section of numbered steps: a troubleshooting article's sections
 * are alternative fixes, each a procedure of its own.
 */
export function howToJsonLd(sections: readonly StepSection[], articleUrl: string): JsonLd[] {
  return sections.map((section) => {
    const url = section.id ? `${articleUrl}#${section.id}` : articleUrl
    return {
      '@context': 'https://schema.org',
      '@type': 'HowTo',
      'name': section.name,
      'url': url,
      'step': section.steps.map((text, i) => ({
        '@type': 'HowToStep',
        'position': i + 1,
        'text': text,
      })),
    }
  })
}

/**
 * JSON for the inside of a `<script>` element: `<`, `>`, `&` and the line
 * separators are escaped, so no text can close the element or start markup.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
