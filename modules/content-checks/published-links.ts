import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Nuxt } from 'nuxt/schema'
import { joinURL } from 'ufo'
import { errorCodePaths, errorCodeUrl } from '../../shared/utils/error-codes'
import type { ContentReport } from './check-content'

/** One permanent redirect: from a path to where it leads, both below the site's base URL. */
export interface Redirect {
  from: string
  to: string
}

/**
 * A `_redirects` file (Netlify, Cloudflare Pages): real 301s for hosts that
 * read one, ahead of the forwarding pages that every host serves.
 */
export function redirectsFile(baseURL: string, redirects: readonly Redirect[]): string {
  return redirects.map(({ from, to }) => `${joinURL(baseURL, from)} ${joinURL(baseURL, to)} 301\n`).join('')
}

/**
 * Links the content publishes beyond its articles' own URLs, each a page
 * prerendered with the site that forwards at once, and a line of `_redirects`:
 * - every `redirectFrom` path, to its article (server/handlers/redirect-page.ts);
 * - every claimed error code, as written and in lower case, to its article's
 *   section (server/middleware/error-code-links.ts).
 * Drafts' links only exist in development, as drafts do.
 */
export function publishLinks(nuxt: Nuxt, report: ContentReport): void {
  const handler = join(nuxt.options.serverDir, 'handlers/redirect-page')
  const prerender = (nuxt.options.nitro.prerender ??= {})
  prerender.routes ??= []
  const redirects: Redirect[] = []
  const published = (article: { draft: boolean }) => nuxt.options.dev || !article.draft

  for (const [from, article] of report.redirects) {
    if (!published(article) || !article.url) continue
    nuxt.options.serverHandlers.push({ route: from, handler })
    prerender.routes.push(from)
    redirects.push({ from, to: article.url })
  }
  for (const { code, section, article } of report.errorCodes.values()) {
    if (!published(article) || !article.url) continue
    for (const path of errorCodePaths(code)) {
      prerender.routes.push(path)
      redirects.push({ from: path, to: errorCodeUrl(article.url, section) })
    }
  }

  nuxt.hook('nitro:init', (nitro) => {
    nitro.hooks.hook('prerender:done', async () => {
      await writeFile(join(nitro.options.output.publicDir, '_redirects'), redirectsFile(nuxt.options.app.baseURL, redirects))
    })
  })
}
