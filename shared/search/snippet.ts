import { normalizeText } from './tokenize'

export interface SnippetPart {
  text: string
  mark: boolean
}

/** A word as written, compound tokens (`gateway.log`, `data_dir`) kept whole. */
export const WORD = /[\p{L}\p{N}]+(?:['’._/\\:-][\p{L}\p{N}]+)*/gu

const APOSTROPHES = /['’]/g

/** A word of a text, spelled as the index spells its terms. */
const asTerm = (word: string) => normalizeText(word).replace(APOSTROPHES, '')

/**
 * How well a word of the text, spelled as a term (`asTerm`), matches one term:
 * the term's length when the word is the term or holds it as a path segment
 * (`openclaw.json` in `~/.openclaw/openclaw.json`), half that for a prefix or a
 * part, else 0. Longer terms are more specific, so they weigh more.
 */
function weightOf(word: string, term: string): number {
  // Every kind of match below holds the term: most words of a text are settled here, without splitting them.
  if (!word.includes(term)) return 0
  if (word === term || word.split(/[/\\]/).includes(term)) return term.length
  if (term.length >= 3 && (word.startsWith(term) || word.split(/[._/\\:-]/).some(part => part.startsWith(term)))) {
    return term.length / 2
  }
  return 0
}

/** Whether a word of the text is one the search matched (exactly, by prefix, or by one of its parts). */
function isMatch(word: string, terms: readonly string[]): boolean {
  const spelled = asTerm(word)
  return terms.some(term => weightOf(spelled, term) > 0)
}

// `WORD`, for searching from a given place (`lastIndex`) without touching the exported one.
const WORD_FROM = new RegExp(WORD.source, 'gu')

/** The word of `text` (as `WORD` matches them) that holds `text[at]`; empty when none does. */
function wordAt(text: string, at: number): string {
  // No word holds white space, so the one around `at` starts after the last white space before it.
  let from = at
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--
  WORD_FROM.lastIndex = from
  for (let match = WORD_FROM.exec(text); match && match.index <= at; match = WORD_FROM.exec(text)) {
    if (match.index + match[0].length > at) return match[0]
  }
  return ''
}

/**
 * How well a text, or a set of texts taken together, matches: each term counts
 * once, by its best matching word (see `weightOf`). Only the words around the
 * places where the normalized text holds a term are looked at: results score
 * every section of every article they show, on the reader's device.
 */
export function matchScore(texts: string | readonly string[], terms: readonly string[]): number {
  const spelled = (typeof texts === 'string' ? [texts] : texts).map(text => normalizeText(text).replace(APOSTROPHES, ''))
  let score = 0
  for (const term of terms) {
    let best = 0
    for (const text of spelled) {
      for (let at = text.indexOf(term); at !== -1 && best < term.length; at = text.indexOf(term, at + 1)) {
        best = Math.max(best, weightOf(wordAt(text, at), term))
      }
    }
    score += best
  }
  return score
}

/**
 * A short excerpt of `text` around the first word that matches one of `terms`,
 * as plain parts: rendering them as text (never as HTML) keeps any markup in
 * the source or the query inert.
 */
export function buildSnippet(text: string, terms: readonly string[], length = 160): SnippetPart[] {
  let first = 0
  for (const match of text.matchAll(WORD)) {
    if (!isMatch(match[0], terms)) continue
    first = match.index!
    break
  }
  let start = Math.max(0, first - Math.floor(length / 4))
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  const end = Math.min(text.length, start + length)
  const parts: SnippetPart[] = []
  let cursor = start
  // Only the words inside the excerpt are worth checking.
  for (const match of text.matchAll(WORD)) {
    const from = match.index!
    const to = from + match[0].length
    if (from < start) continue
    if (to > end) break
    if (!isMatch(match[0], terms)) continue
    if (from > cursor) parts.push({ text: text.slice(cursor, from), mark: false })
    parts.push({ text: match[0], mark: true })
    cursor = to
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), mark: false })
  if (start > 0) parts.unshift({ text: '…', mark: false })
  if (end < text.length) parts.push({ text: '…', mark: false })
  return parts
}
