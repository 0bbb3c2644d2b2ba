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
  /** The index's side: every member of a group becomes the group's first phrase. */
  forIndex: (text: string) => string
  /** The query's side: the one-way mappings, then the groups. */
  forQuery: (text: string) => string
}

/** Rewrites normalized text so that synonyms meet: the index and the queries end up with the same words. */
export function synonymRewriter(synonyms: Synonyms): SynonymRewriter {
  const canonical = new Map<string, string>()
  for (const [first, ...rest] of synonyms.groups.map(group => group.map(normalizeText))) {
    for (const phrase of rest) canonical.set(phrase, first!)
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
  return { forIndex: groups, forQuery: text => groups(mappings(text)) }
}
