/**
 * Error codes: what the app shows for a problem (`EADDRINUSE`, `401`,
 * `Insufficient quota`), claimed by the article that fixes it in its `errors`
 * frontmatter. A code is matched whatever its case and spacing, and its link is
 * `/help/e/<code>`.
 */

/** The longest code an article may claim. */
export const ERROR_CODE_MAX_LENGTH = 80

/** Characters a code may not hold: they would split or end its URL. */
export const ERROR_CODE_FORBIDDEN = /[/\\?#%]/

/** A code as it is compared: trimmed, spaces collapsed, lower case. */
export function normalizeErrorCode(code: string): string {
  return code.trim().replace(/\s+/g, ' ').toLowerCase()
}

/** The link of a code: `/help/e/EADDRINUSE`, `/help/e/Insufficient%20quota`. */
export function errorCodePath(code: string): string {
  return `/help/e/${encodeURIComponent(code.trim().replace(/\s+/g, ' '))}`
}

/** Every address a code is published at: as written, and in lower case. */
export function errorCodePaths(code: string): string[] {
  return [...new Set([errorCodePath(code), errorCodePath(normalizeErrorCode(code))])]
}

/** The code in a `/help/e/<code>` path (after the site's base), decoded; `null` for any other path. */
export function errorCodeFromPath(path: string): string | null {
  const match = /^\/help\/e\/([^/]+)\/?$/.exec(path)
  if (!match) return null
  try {
    return decodeURIComponent(match[1]!.replace(/\+/g, ' '))
  }
  catch {
    return null
  }
}

/** Where a code leads: the article, at the section that fixes it when there is one. */
export interface ErrorCodeTarget {
  url: string
  article: string
  section: string | null
}

/** `url` of a target: the article's path, then `#section`. */
export const errorCodeUrl = (path: string, section?: string | null) => section ? `${path}#${section}` : path
