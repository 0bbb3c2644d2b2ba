import { isExternalHref } from '../../shared/utils/links'

/**
 * Where a link written in an article leads. `unresolved` is a relative link in
 * a file that has no URL of its own: there is nothing to resolve it against.
 */
export type LinkTarget
  = | { kind: 'external' }
    | { kind: 'empty' }
    | { kind: 'unresolved' }
    | { kind: 'internal', path: string, anchor: string | null, samePage: boolean }

const BASE = 'https://help.invalid'

/**
 * Resolves a link as a browser would on the page `fromPath`: `#anchor` stays on
 * the page, `other-article` and `../gateway` are relative to it. The path loses
 * its query and trailing slash (static hosts serve `/a/` like `/a`), and the
 * anchor is percent-decoded, as the browser compares it with element ids.
 */
export function resolveLink(href: string, fromPath: string | null): LinkTarget {
  const trimmed = href.trim()
  if (!trimmed || trimmed === '#') return { kind: 'empty' }
  if (isExternalHref(trimmed)) return { kind: 'external' }
  if (trimmed.startsWith('#')) {
    return { kind: 'internal', path: fromPath ?? '', anchor: decode(trimmed.slice(1)), samePage: true }
  }
  if (!trimmed.startsWith('/') && !fromPath) return { kind: 'unresolved' }
  const url = new URL(trimmed, `${BASE}${fromPath ?? '/'}`)
  let path = decode(url.pathname)
  if (path.length > 1) path = path.replace(/\/+$/, '')
  const anchor = url.hash.length > 1 ? decode(url.hash.slice(1)) : null
  return { kind: 'internal', path, anchor, samePage: false }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  }
  catch {
    return text
  }
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return previous[b.length]!
}

/**
 * The candidate a typo most likely meant, or `undefined` when none is close:
 * at most `maxDistance` edits away (by default a third of the name, at least 2).
 */
export function closestMatch(
  name: string,
  candidates: Iterable<string>,
  maxDistance = Math.max(2, Math.floor(name.length / 3)),
): string | undefined {
  let best: string | undefined
  let bestDistance = maxDistance + 1
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** A close anchor, or one the link's anchor is the start of (a heading that grew longer). */
export function anchorSuggestion(anchor: string, anchors: Map<string, number>): string {
  const guess = closestMatch(anchor, anchors.keys()) ?? [...anchors.keys()].find(id => id.startsWith(`${anchor}-`))
  return guess ? ` (did you mean #${guess}?)` : ''
}
