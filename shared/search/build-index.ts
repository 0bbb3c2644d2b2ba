import MiniSearch from 'minisearch'
import type { MinimarkBody } from '../utils/minimark'
import { extractSections } from './sections'
import type { Synonyms, SynonymRewriter } from './synonyms'
import { NO_SYNONYMS, synonymRewriter } from './synonyms'
import { normalizeText, tokenize } from './tokenize'
import type { InlineIndex, SearchArticleRecord, SearchField, SearchIndexMeta, SearchSection } from './shards'
import type { MiniSearchJson, PackedShard } from './shard-format'
import { packShard } from './shard-format'
import { INLINE_INDEX_LIMIT, MINISEARCH_OPTIONS, SEARCH_FIELDS, sectionTexts, shardFileName, shardKey, TEXT_FIELD_ID } from './shards'

export interface IndexableArticle {
  path: string
  title: string
  description: string
  body?: MinimarkBody | null
  /** Error codes the article claims (its `errors` frontmatter). */
  errors?: Array<{ code: string, section?: string }> | null
  /** Readers' words for the article's problem (its `aliases` frontmatter), weighed as its title. */
  aliases?: string[] | null
}

export interface SearchIndexFiles {
  meta: SearchIndexMeta
  /** Shard file name (see `shardFileName`) → packed shard JSON (see ./shard-format). */
  shards: Map<string, string>
  /** One record per article, by document id. */
  articles: SearchArticleRecord[]
}

type Terms = Record<SearchField, string[]>

/** A short stable hash, so index files can be cached forever under a versioned path. */
function hashOf(parts: Iterable<string>): string {
  let hash = 2166136261
  for (const text of parts) {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  }
  return (hash >>> 0).toString(36)
}

/** The parts of `JSON.stringify(records)`, one record at a time, without the whole string. */
function* recordsJson(records: SearchArticleRecord[]): Generator<string> {
  yield '['
  for (let i = 0; i < records.length; i++) yield (i ? ',' : '') + JSON.stringify(records[i])
  yield ']'
}

/**
 * Builds the static search index: MiniSearch shards split by term prefix, each
 * scored as if it were the whole index, and one record per article. Articles
 * are added in batches, so their bodies need not all be in memory at once;
 * each article keeps only its record and its terms, as numbers into one
 * vocabulary (a help center repeats the same words thousands of times).
 */
export class SearchIndexBuilder {
  private readonly records: SearchArticleRecord[] = []
  private readonly vocabulary = new Map<string, number>()
  private readonly words: string[] = []
  /** Per article, per field (in `SEARCH_FIELDS` order), its terms' vocabulary numbers. */
  private readonly terms: Uint32Array[][] = []
  private readonly rewrite: SynonymRewriter

  /** `inlineLimit`: the size up to which the whole index comes with its meta file (see `SearchIndexMeta.inline`). */
  constructor(private readonly synonyms: Synonyms = NO_SYNONYMS, private readonly inlineLimit = INLINE_INDEX_LIMIT) {
    this.rewrite = synonymRewriter(synonyms)
  }

  /** The terms of some texts, synonyms brought to the words queries are rewritten to. */
  private tokens(texts: string[]): string[] {
    return texts.flatMap(text => tokenize(this.rewrite.forIndex(normalizeText(text))))
  }

  private termIds(tokens: string[]): Uint32Array {
    return Uint32Array.from(tokens, (token) => {
      let id = this.vocabulary.get(token)
      if (id === undefined) this.vocabulary.set(token, id = this.words.push(token) - 1)
      return id
    })
  }

  /** Adds articles; document ids follow the order in which they are added. */
  add(articles: Iterable<IndexableArticle>): void {
    for (const article of articles) {
      const record: SearchArticleRecord = {
        url: article.path,
        title: article.title,
        description: article.description,
        sections: extractSections(article.body).map(({ id, heading, text, panels }): SearchSection =>
          panels ? [id, heading, text, panels.map(panel => [panel.id, panel.label, panel.text])] : [id, heading, text]),
      }
      const codes = (article.errors ?? []).map(({ code, section }): [string, string] => [code.trim(), section ?? ''])
      if (codes.length) record.errors = codes
      this.records.push(record)
      // An article as a search document: its title (with its aliases and the error
      // codes it claims, which weigh as much), its headings, and all of its text.
      this.terms.push([
        this.termIds(this.tokens([article.title, ...(article.aliases ?? []), ...codes.map(([code]) => code)])),
        this.termIds(this.tokens(record.sections.map(([, heading]) => heading))),
        this.termIds(this.tokens([article.description, ...record.sections.flatMap(sectionTexts)])),
      ])
    }
  }

  build(): SearchIndexFiles {
    const { records, terms, words } = this
    const lengths = terms.map(fields => fields.map(ids => ids.length))
    const averageLengths = SEARCH_FIELDS.map((_, f) => lengths.reduce((sum, l) => sum + l[f]!, 0) / Math.max(terms.length, 1))
    const keyOf = words.map(shardKey)

    // Shards are built one group at a time (those whose terms start with the same
    // character): only one group's per-article term lists are in memory at once.
    const groups = [...new Set(words.map(groupOf))].sort()
    const rank = new Map(groups.map((group, i) => [group, i]))
    const groupRank = Uint32Array.from(words, word => rank.get(groupOf(word))!)
    // Each field's terms in group order (in the order written within a group), so that
    // each group's terms are the next run of every field: one pass over all terms, not one per group.
    const byGroup = terms.map(fields => fields.map(ids => groupOrder(ids, groupRank, groups.length)))
    const next = byGroup.map(fields => fields.map(() => 0))
    const shards = new Map<string, string>()
    const keys: string[] = []
    for (let r = 0; r < groups.length; r++) {
      // Per shard of the group: each article with only the terms that belong to the shard.
      const shardDocs = new Map<string, Map<number, Terms>>()
      byGroup.forEach((fields, id) => {
        SEARCH_FIELDS.forEach((field, f) => {
          const ids = fields[f]!
          let at = next[id]![f]!
          for (; at < ids.length && groupRank[ids[at]!] === r; at++) {
            const termId = ids[at]!
            const key = keyOf[termId]!
            let byDoc = shardDocs.get(key)
            if (!byDoc) shardDocs.set(key, byDoc = new Map())
            let docTerms = byDoc.get(id)
            if (!docTerms) byDoc.set(id, docTerms = { title: [], heading: [], text: [] })
            docTerms[field].push(words[termId]!)
          }
          next[id]![f] = at
        })
      })
      for (const key of [...shardDocs.keys()].sort()) {
        const index = new MiniSearch(MINISEARCH_OPTIONS)
        index.addAll([...shardDocs.get(key)!].map(([id, fields]) => ({
          id, title: fields.title.join(' '), heading: fields.heading.join(' '), text: fields.text.join(' '),
        })))
        // Score every shard as if it were the whole index: real field lengths here,
        // the real document count and average lengths from the meta file when unpacked.
        // MiniSearch's plain-object form of the index, as `MiniSearchJson` spells out its types.
        const json = index.toJSON() as MiniSearchJson
        for (const [shortId, id] of Object.entries(json.documentIds)) {
          json.fieldLength[shortId] = lengths[id]!
        }
        keys.push(key)
        shards.set(shardFileName(key), JSON.stringify(packShard(json, TEXT_FIELD_ID, averageLengths)))
      }
    }
    keys.sort()

    const version = hashOf([...recordsJson(records), ...shards.values(), JSON.stringify(this.synonyms)])
    const synonyms = this.synonyms.groups.length || this.synonyms.replace.length ? { synonyms: this.synonyms } : {}
    const meta: SearchIndexMeta = { version, articleCount: records.length, averageFieldLength: averageLengths, shards: keys, ...synonyms }
    const inline = inlineIndex(shards, records, this.inlineLimit)
    return { meta: inline ? { ...meta, inline } : meta, shards, articles: records }
  }
}

/** A term's group: the shards of the terms that start with the same character are built together. */
const groupOf = (word: string) => String.fromCodePoint(word.codePointAt(0)!)

/** Term ids sorted by their group's rank (of `groups`), keeping their order within a group: a counting sort. */
function groupOrder(ids: Uint32Array, groupRank: Uint32Array, groups: number): Uint32Array {
  const start = new Uint32Array(groups + 1)
  for (const id of ids) start[groupRank[id]! + 1]!++
  for (let r = 1; r <= groups; r++) start[r]! += start[r - 1]!
  const sorted = new Uint32Array(ids.length)
  for (const id of ids) sorted[start[groupRank[id]!]!++] = id
  return sorted
}

/** The whole index for the meta file, when its shards and records together are no longer than `limit` characters. */
function inlineIndex(shards: Map<string, string>, records: SearchArticleRecord[], limit: number): InlineIndex | undefined {
  let size = 0
  for (const text of shards.values()) {
    size += text.length
    if (size > limit) return undefined
  }
  const articles = recordsJson(records)
  for (const text of articles) size += text.length
  if (size > limit) return undefined
  return { shards: Object.fromEntries([...shards].map(([name, text]) => [name, JSON.parse(text) as PackedShard])), articles: records }
}

export function buildSearchIndex(articles: IndexableArticle[], synonyms?: Synonyms, inlineLimit?: number): SearchIndexFiles {
  const builder = new SearchIndexBuilder(synonyms, inlineLimit)
  builder.add(articles)
  return builder.build()
}
