import MiniSearch from 'minisearch'
import type { MinimarkBody } from '../utils/minimark'
import { extractSections } from './sections'
import { tokenize } from './tokenize'
import type { SearchArticleRecord, SearchField, SearchIndexMeta } from './shards'
import { packShard } from './shard-format'
import { MINISEARCH_OPTIONS, SEARCH_FIELDS, shardFileName, shardKey, TEXT_FIELD_ID } from './shards'

export interface IndexableArticle {
  path: string
  title: string
  description: string
  body?: MinimarkBody | null
}

export interface SearchIndexFiles {
  meta: SearchIndexMeta
  /** Shard file name (see `shardFileName`) → packed shard JSON (see ./shard-format). */
  shards: Map<string, string>
  /** One record per article, by document id. */
  articles: SearchArticleRecord[]
}

type Terms = Record<SearchField, string[]>

/** An article as a search document: its title, its headings, and all of its text. */
function articleTerms(article: IndexableArticle, record: SearchArticleRecord): Terms {
  return {
    title: tokenize(article.title),
    heading: record.sections.flatMap(([, heading]) => tokenize(heading)),
    text: [article.description, ...record.sections.map(([, , text]) => text)].flatMap(text => tokenize(text)),
  }
}

/** A short stable hash, so index files can be cached forever under a versioned path. */
function hashOf(parts: Iterable<string>): string {
  let hash = 2166136261
  for (const text of parts) {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  }
  return (hash >>> 0).toString(36)
}

/**
 * Builds the static search index: MiniSearch shards split by term prefix, each
 * scored as if it were the whole index, and one record per article.
 */
export function buildSearchIndex(articles: IndexableArticle[]): SearchIndexFiles {
  const records: SearchArticleRecord[] = articles.map(article => ({
    url: article.path,
    title: article.title,
    description: article.description,
    sections: extractSections(article.body).map(({ id, heading, text }) => [id, heading, text]),
  }))
  const terms = articles.map((article, id) => articleTerms(article, records[id]!))
  const lengths = terms.map(t => SEARCH_FIELDS.map(field => t[field].length))
  const averageLengths = SEARCH_FIELDS.map((_, f) => lengths.reduce((sum, l) => sum + l[f]!, 0) / Math.max(terms.length, 1))

  // Shards are built one group at a time (those whose terms start with the same
  // character): only one group's per-article term lists are in memory at once.
  const groups = new Set<string>()
  for (const articleTerms of terms) {
    for (const field of SEARCH_FIELDS) {
      for (const term of articleTerms[field]) groups.add(String.fromCodePoint(term.codePointAt(0)!))
    }
  }
  const shards = new Map<string, string>()
  const keys: string[] = []
  for (const group of [...groups].sort()) {
    // Per shard of the group: each article with only the terms that belong to the shard.
    const shardDocs = new Map<string, Map<number, Terms>>()
    terms.forEach((articleTerms, id) => {
      for (const field of SEARCH_FIELDS) {
        for (const term of articleTerms[field]) {
          if (!term.startsWith(group)) continue
          const key = shardKey(term)
          let byDoc = shardDocs.get(key)
          if (!byDoc) shardDocs.set(key, byDoc = new Map())
          let fields = byDoc.get(id)
          if (!fields) byDoc.set(id, fields = { title: [], heading: [], text: [] })
          fields[field].push(term)
        }
      }
    })
    for (const key of [...shardDocs.keys()].sort()) {
      const index = new MiniSearch(MINISEARCH_OPTIONS)
      index.addAll([...shardDocs.get(key)!].map(([id, fields]) => ({
        id, title: fields.title.join(' '), heading: fields.heading.join(' '), text: fields.text.join(' '),
      })))
      // Score every shard as if it were the whole index: real field lengths here,
      // the real document count and average lengths from the meta file when unpacked.
      const json = JSON.parse(JSON.stringify(index))
      for (const [shortId, id] of Object.entries(json.documentIds as Record<string, number>)) {
        json.fieldLength[shortId] = lengths[id]
      }
      keys.push(key)
      shards.set(shardFileName(key), JSON.stringify(packShard(json, TEXT_FIELD_ID, averageLengths)))
    }
  }
  keys.sort()

  const version = hashOf([JSON.stringify(records), ...shards.values()])
  return { meta: { version, articleCount: records.length, averageFieldLength: averageLengths, shards: keys }, shards, articles: records }
}
