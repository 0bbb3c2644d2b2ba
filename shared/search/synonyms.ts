import { normalizeText } from './tokenize'

/**
 * Words readers use and the help center's words (content/search/synonyms.yml):
 * `groups` of phrases that mean the same, and one-way `replace` mappings from
 * what a reader may type to the articles' words.
 */
export interface Synonyms {
  groups: string[][]
  replace: Array<[from: string, to: string]>
}

export const NO_SYNONYMS: Synonyms = { groups: [], replace: [] }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A phrase is matched as whole words: `login` in `login loop`, not in `blogin`.
const wholeWords = (phrases: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu')

export interface SynonymRewriter {
  /** The index's side: each member of a group keeps its words and gains the group's token. */
  forIndex: (text: string) => string
  /** The query's side: the one-way mappings, then each member of a group becomes the group's token. */
  forQuery: (text: string) => string
  /** A group's token → the words of all its members, to find and mark them in result texts. */
  words: Map<string, string[]>
}

/**
 * A group's token: its first phrase as one word (`sign in` → `signin`), so that
 * a group of phrases matches as a phrase (`log in` does not find every `log`).
 */
export const groupToken = (phrase: string) => normalizeText(phrase).replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * Rewrites normalized text so that synonyms meet: an article that says any
 * member of a group is found by a query with any other.
 */
export function synonymRewriter(synonyms: Synonyms): SynonymRewriter {
  const canonical = new Map<string, string>()
  const words = new Map<string, string[]>()
  for (const group of synonyms.groups.map(members => members.map(normalizeText))) {
    const token = groupToken(group[0]!)
    for (const phrase of group) canonical.set(phrase, token)
    words.set(token, [...new Set(group.flatMap(phrase => phrase.match(/[\p{L}\p{N}]+/gu) ?? []))])
  }
  const replace = new Map(synonyms.replace.map(([from, to]) => [normalizeText(from), normalizeText(to)]))
  // Longest first, so that `log in to` wins over `log in`.
  const rewrite = (map: Map<string, string>) => {
    if (!map.size) return (text: string) => text
    const pattern = wholeWords([...map.keys()].sort((a, b) => b.length - a.length))
    return (text: string) => text.replace(pattern, phrase => map.get(phrase) ?? phrase)
  }
  const groups = rewrite(canonical)
  const mappings = rewrite(replace)
  // Built on first use: the browser only rewrites queries.
  let pattern: RegExp | undefined
  const withTokens = (text: string) => {
    if (!canonical.size) return text
    pattern ??= wholeWords([...canonical.keys()].sort((a, b) => b.length - a.length))
    return text.replace(pattern, phrase => `${phrase} ${canonical.get(phrase)}`)
  }
  return { forIndex: withTokens, forQuery: text => groups(mappings(text)), words }
}
