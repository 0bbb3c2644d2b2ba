import { createHash } from 'node:crypto'

/**
 * A strict Content-Security-Policy for the static site: scripts only from the
 * site itself plus the exact inline scripts Nuxt writes into each page (by
 * their SHA-256 hashes, never `'unsafe-inline'`); no other origin for anything.
 */

// Inline scripts that the browser never runs need no hash.
const DATA_SCRIPT_TYPES = /^(?:application\/(?:ld\+)?json)$/i
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi

/** `'sha256-…'` sources for every inline script of a page that the browser would run. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes, content] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes!)) continue
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1]
    if (type && DATA_SCRIPT_TYPES.test(type)) continue
    hashes.add(`'sha256-${createHash('sha256').update(content!, 'utf8').digest('base64')}'`)
  }
  return [...hashes].sort()
}

/** The policy; `forHeader` adds what only an HTTP header can carry. */
export function contentSecurityPolicy(scriptHashes: Iterable<string>, { forHeader = false } = {}): string {
  const directives = [
    `default-src 'self'`,
    `script-src 'self' ${[...scriptHashes].join(' ')}`.trim(),
    // Vue and Nuxt UI set style attributes; styles cannot run script.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    ...(forHeader ? [`frame-ancestors 'none'`] : []),
  ]
  return directives.join('; ')
}

/** The page with its policy as the first element of `<head>`, so it covers every script after it. */
export function withCspMeta(html: string): string {
  const policy = contentSecurityPolicy(inlineScriptHashes(html))
  return html.replace(/<head([^>]*)>/i, `<head$1><meta http-equiv="Content-Security-Policy" content="${policy}">`)
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages) applying the policy to every
 * page. The help API (`<base>help/api/`) is also readable from any origin, the
 * desktop app's included, and cached for five minutes: its files change with
 * each build, under the same names.
 */
export function headersFile(scriptHashes: Iterable<string>, baseURL = '/'): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy(scriptHashes, { forHeader: true })}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `${baseURL.replace(/\/?$/, '/')}help/api/*`,
    '  Access-Control-Allow-Origin: *',
    '  Cache-Control: public, max-age=300',
    '',
  ].join('\n')
}
