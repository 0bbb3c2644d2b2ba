/**
 * Tokenizer shared by the index (build time) and the queries (browser), so both
 * sides see the same terms. Symptoms are typed as error strings, ports, paths,
 * file names, commands and UI labels: a compound token such as
 * `~/.openclaw/logs/gateway.log` is indexed whole and by its parts
 * (`openclaw`, `logs`, `gateway`, `log`, `gateway.log`).
 */

// Words too common to help find a fix; never indexed, dropped from queries.
const STOP_WORDS = new Set(('a an and are as at be but by can do does for from has have if in into is it its '
  + 'of on or so such than that the their then there these this to too was were will with you your').split(' '))

// `agent's` → `agents`, `can't` → `cant`: one word, not a word and a stray letter.
const APOSTROPHE = /(\p{L})['’](?=\p{L})/gu
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const WORD_PART = /[\p{L}\p{N}]+/gu
// Characters that glue a compound token together: `openclaw.json`, `data_dir`, `lsof -i :18789`'s `:18789`.
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/

/** Lower case, no accents, full-width forms folded: `Ünïcode` → `unicode`. */
export function normalizeText(text: string): string {
  // Plain ASCII, most of what is indexed and typed, has nothing to fold but case.
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase()
  // Only Latin diacritics are dropped; Japanese sound marks (゛) are recomposed, not lost.
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase()
}

let segmenter: Intl.Segmenter | undefined
function segmentCjk(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' })
  return [...segmenter.segment(text)].filter(s => s.isWordLike).map(s => s.segment)
}

/** Every term of `text`, in order, with repeats (term frequency matters). */
export function tokenize(text: string, { keepStopWords = false } = {}): string[] {
  const terms: string[] = []
  const push = (term: string) => {
    if (term && (keepStopWords || !STOP_WORDS.has(term))) terms.push(term)
  }
  for (const chunk of normalizeText(text).replace(APOSTROPHE, '$1').split(/\s+/)) {
    const whole = chunk.replace(EDGE_PUNCTUATION, '')
    if (!whole) continue
    if (CJK.test(whole)) {
      for (const segment of segmentCjk(whole)) push(segment)
      continue
    }
    const parts = whole.match(WORD_PART) ?? []
    if (parts.length > 1) {
      push(whole)
      // The last path segment is what people type: `gateway.log`, `openclaw.json`.
      const fileName = whole.split(/[/\\]/).pop()!.replace(EDGE_PUNCTUATION, '')
      if (fileName !== whole && /[\p{L}\p{N}][.][\p{L}\p{N}]/u.test(fileName)) push(fileName)
    }
    for (const part of parts) push(part)
  }
  return terms
}

// How a question is asked, not what about: never what decides a ranking.
const QUESTION_WORDS = new Set(('how what where why when which who whose i im ive me my mine we our us can cant could should would '
  + 'shall may might must please tell know way want need help anyone someone get got').split(' '))

/**
 * Terms of a search query: unique, in the order typed, without the words that
 * only make it a question and without single letters or digits (unless that is
 * all it is). `rewrite` brings the reader's words to the articles' (see
 * ./synonyms.ts).
 */
export function queryTerms(query: string, rewrite: (text: string) => string = text => text): string[] {
  const text = rewrite(normalizeText(query.slice(0, 500)).replace(/’/g, '\'')).replace(APOSTROPHE, '$1')
  const terms = [...new Set(tokenize(text))]
  // A lone letter or digit (the `1` of `127.0.0.1` or of `alert(1)`) matches
  // nearly everything; in Chinese, Japanese or Korean one character is a word.
  const about = terms.filter(term => !QUESTION_WORDS.has(term) && ([...term].length > 1 || CJK.test(term)))
  return (about.length ? about : terms).slice(0, 12)
}
