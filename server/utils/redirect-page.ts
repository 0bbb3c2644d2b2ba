import { escapeMarkup } from '../../shared/utils/markup'

/**
 * The page left at an article's old URL (`redirectFrom`): static hosts serve it
 * as is. The refresh works without JavaScript; the script, when it runs first,
 * keeps the `#anchor` the reader came with. Search engines get the canonical
 * URL and don't index the old one.
 */
export function redirectPageHtml(to: string, title: string): string {
  const href = escapeMarkup(to)
  const script = JSON.stringify(to).replace(/</g, '\\u003c')
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeMarkup(title)} · MultiClaw Help Center</title>`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    `<link rel="canonical" href="${href}">`,
    '<meta name="robots" content="noindex">',
    `<script>location.replace(${script} + location.hash)</script>`,
    '</head>',
    '<body>',
    `<p>This article has moved to <a href="${href}">${escapeMarkup(title)}</a>.</p>`,
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
