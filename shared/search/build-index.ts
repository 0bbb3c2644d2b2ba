import MiniSearch from 'minisearch'
import type { MinimarkBody } from '../minimark/text'
import { extractSections } from './sections'
import { tokenize } from './tokenize'
import type { SearchDocRecord, SearchField, SearchIndexMeta } from './shards'
import { DOCS_PER_CHUNK, MINISEARCH_OPTIONS, SEARCH_FIELDS, SNIPPET_SOURCE_LENGTH, shardFileName, shardKey } from './shards'

export interface IndexableArticle {
  path: string
  title: string
  description: string
  body?: MinimarkBody
}

export interface SearchIndexFiles {
  meta: SearchIndexMeta
  /** Shard file name (see `shardFileName`) → MiniSearch JSON. */
  shards: Map<string, string>
  /** Result records, `DOCS_PER_CHUNK` per file. */
  docChunks: SearchDocRecord[][]
}

type Terms = Record<SearchField, string[]>

/**
 * One search document per article (its title, description and introduction) and
 * one per section (its heading and text), each linking to the right place.
 */
function searchDocuments(articles: IndexableArticle[]): Array<{ record: SearchDocRecord, terms: Terms }> {
  const docs: Array<{ record: SearchDocRecord, terms: Terms }> = []
  for (const article of articles) {
    const sections = extractSections(article.body)
    const intro = sections[0]?.id === '' ? sections.shift()!.text : ''
    const introText = `${article.description} ${intro}`.trim()
    docs.push({
      record: [article.path, article.title, '', introText.slice(0, SNIPPET_SOURCE_LENGTH)],
      terms: { title: tokenize(article.title), heading: [], text: tokenize(introText) },
    })
    for (const section of sections) {
      docs.push({
        record: [`${article.path}#${section.id}`, article.title, section.heading, section.text.slice(0, SNIPPET_SOURCE_LENGTH)],
        terms: { title: [], heading: tokenize(section.heading), text: tokenize(section.text) },
      })
    }
  }
  return docs
}

/** A short stable hash, so index files can be cached forever under a versioned path. */
function hashOf(text: string): string {
  let hash = 2166136261
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  return (hash >>> 0).toString(36)
}

export function buildSearchIndex(articles: IndexableArticle[]): SearchIndexFiles {
  const docs = searchDocuments(articles)
  const lengths = docs.map(doc => SEARCH_FIELDS.map(field => doc.terms[field].length))
  const averageLengths = SEARCH_FIELDS.map((_, f) => lengths.reduce((sum, l) => sum + l[f]!, 0) / Math.max(docs.length, 1))

  // Per shard: each document with only the terms that belong to the shard.
  const shardDocs = new Map<string, Map<number, Record<SearchField, string[]>>>()
  docs.forEach((doc, id) => {
    for (const field of SEARCH_FIELDS) {
      for (const term of doc.terms[field]) {
        const key = shardKey(term)
        let byDoc = shardDocs.get(key)
        if (!byDoc) shardDocs.set(key, byDoc = new Map())
        let fields = byDoc.get(id)
        if (!fields) byDoc.set(id, fields = { title: [], heading: [], text: [] })
        fields[field].push(term)
      }
    }
  })

  const shards = new Map<string, string>()
  for (const [key, byDoc] of [...shardDocs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const index = new MiniSearch(MINISEARCH_OPTIONS)
    index.addAll([...byDoc].map(([id, fields]) => ({
      id, title: fields.title.join(' '), heading: fields.heading.join(' '), text: fields.text.join(' '),
    })))
    // Score every shard as if it were the whole index: real document count and field lengths.
    const json = JSON.parse(JSON.stringify(index))
    json.documentCount = docs.length
    json.averageFieldLength = averageLengths
    for (const [shortId, id] of Object.entries(json.documentIds as Record<string, number>)) {
      json.fieldLength[shortId] = lengths[id]
    }
    shards.set(shardFileName(key), JSON.stringify(json))
  }

  const docChunks: SearchDocRecord[][] = []
  for (let i = 0; i < docs.length; i += DOCS_PER_CHUNK) {
    docChunks.push(docs.slice(i, i + DOCS_PER_CHUNK).map(doc => doc.record))
  }
  const meta = {
    docCount: docs.length,
    docsPerChunk: DOCS_PER_CHUNK,
    shards: [...shardDocs.keys()].sort(),
  }
  const version = hashOf(JSON.stringify(meta) + JSON.stringify(docChunks) + [...shards.values()].join(''))
  return { meta: { version, ...meta }, shards, docChunks }
}
