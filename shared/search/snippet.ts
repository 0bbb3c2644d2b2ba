import { normalizeText } from './tokenize'

export interface SnippetPart {
  text: string
  mark: boolean
}

/** A word as written, compound tokens (`gateway.log`, `data_dir`) kept whole. */
export const WORD = /[\p{L}\p{N}]+(?:['’._/\\:-][\p{L}\p{N}]+)*/gu

/**
 * How well a word of the text matches one term: the term's length when the
 * word is the term or holds it as a path segment (`openclaw.json` in
 * `~/.openclaw/openclaw.json`), half that for a prefix or a part, else 0.
 * Longer terms are more specific, so they weigh more.
 */
export function termWeight(word: string, term: string): number {
  const normalized = normalizeText(word).replace(/['’]/g, '')
  if (normalized === term || normalized.split(/[/\\]/).includes(term)) return term.length
  if (term.length >= 3 && (normalized.startsWith(term) || normalized.split(/[._/\\:-]/).some(part => part.startsWith(term)))) {
    return term.length / 2
  }
  return 0
}

/** Whether a word of the text is one the search matched (exactly, by prefix, or by one of its parts). */
export function isMatch(word: string, terms: readonly string[]): boolean {
  return terms.some(term => termWeight(word, term) > 0)
}

/**
 * A short excerpt of `text` around the first word that matches one of `terms`,
 * as plain parts: rendering them as text (never as HTML) keeps any markup in
 * the source or the query inert.
 */
export function buildSnippet(text: string, terms: readonly string[], length = 160): SnippetPart[] {
  const matches = [...text.matchAll(WORD)].filter(m => isMatch(m[0], terms))
  const first = matches[0]?.index ?? 0
  let start = Math.max(0, first - Math.floor(length / 4))
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  const end = Math.min(text.length, start + length)
  const parts: SnippetPart[] = []
  let cursor = start
  for (const match of matches) {
    const from = match.index!
    const to = from + match[0].length
    if (from < start || to > end) continue
    if (from > cursor) parts.push({ text: text.slice(cursor, from), mark: false })
    parts.push({ text: match[0], mark: true })
    cursor = to
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), mark: false })
  if (start > 0) parts.unshift({ text: '…', mark: false })
  if (end < text.length) parts.push({ text: '…', mark: false })
  return parts
}
