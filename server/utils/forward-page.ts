import { APP_VERSION } from '../../shared/utils/app-context'
import { PLATFORMS } from '../../shared/utils/platforms'
import { escapeMarkup } from '../../shared/utils/markup'

/**
 * The one script of every forwarding page, the same on all of them (so the
 * Content-Security-Policy needs one hash): it follows the page's link, carrying
 * the app's valid `?os=` and `?app=` (shared/utils/app-context.ts) and, when
 * the link names no section, the reader's own `#anchor`.
 */
export const FORWARD_SCRIPT = `(()=>{const a=document.querySelector('a[data-forward]'),u=new URL(a.href),q=new URLSearchParams(location.search),o=q.get('os'),v=q.get('app');`
  + `if(/^(?:${PLATFORMS.join('|')})$/.test(o))u.searchParams.set('os',o);if(v&&${APP_VERSION}.test(v))u.searchParams.set('app',v);`
  + `if(!u.hash)u.hash=location.hash;location.replace(u)})()`

export interface ForwardPage {
  /** Where the page leads, under the site's base URL, with its `#section` if any. */
  to: string
  /** The title of the article it leads to. */
  title: string
  /** What the page says before the link, for the moment it shows (or without JavaScript). */
  lead: string
}

/**
 * A page that sends the reader on at once: an article's old URL
 * (`redirectFrom`) or an error code's link (`/help/e/<code>`). Static hosts
 * serve it as it is. The refresh works without JavaScript; search engines get
 * the canonical URL and don't index this one.
 */
export function forwardPageHtml({ to, title, lead }: ForwardPage): string {
  const href = escapeMarkup(to)
  const canonical = escapeMarkup(to.split('#')[0]!)
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeMarkup(title)} · MultiClaw Help Center</title>`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    `<link rel="canonical" href="${canonical}">`,
    '<meta name="robots" content="noindex">',
    '</head>',
    '<body>',
    `<p>${escapeMarkup(lead)} <a href="${href}" data-forward>${escapeMarkup(title)}</a>.</p>`,
    `<script>${FORWARD_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/** The article an old URL leads to, among articles with their `redirectFrom` lists. */
export function findRedirectTarget<T extends { redirectFrom?: string[] | null }>(articles: readonly T[], from: string): T | undefined {
  const path = from.length > 1 ? from.replace(/\/+$/, '') : from
  return articles.find(article => (article.redirectFrom ?? []).some(old => (old.length > 1 ? old.replace(/\/+$/, '') : old) === path))
}
