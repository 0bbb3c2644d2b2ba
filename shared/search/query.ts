import MiniSearch from 'minisearch'
import { buildSnippet } from './snippet'
import type { SnippetPart } from './snippet'
import { queryTerms } from './tokenize'
import type { SearchDocRecord, SearchIndexMeta } from './shards'
import { MINISEARCH_OPTIONS, shardFileName, shardKey, termSearchOptions } from './shards'

export interface SearchResult {
  /** Where the result leads: the article, or `article#section`. */
  url: string
  articleUrl: string
  articleTitle: string
  /** The matching section's heading; empty for an article-level match. */
  heading: string
  snippet: SnippetPart[]
  score: number
}

/** Fetches a JSON file of the index by its path below the index root. */
export type IndexLoader = (path: string) => Promise<unknown>

const SECTIONS_PER_ARTICLE = 3

/**
 * Client-side search over the sharded index: loads only the shards of the typed
 * terms and the records of the results it shows, and keeps what it loaded.
 */
export class HelpSearch {
  private meta?: Promise<SearchIndexMeta>
  private shards = new Map<string, Promise<MiniSearch | null>>()
  private chunks = new Map<number, Promise<SearchDocRecord[]>>()

  constructor(private readonly load: IndexLoader) {}

  private getMeta(): Promise<SearchIndexMeta> {
    this.meta ??= this.load('meta.json') as Promise<SearchIndexMeta>
    return this.meta
  }

  private async shard(key: string): Promise<MiniSearch | null> {
    let shard = this.shards.get(key)
    if (!shard) {
      shard = this.getMeta().then(async (meta) => {
        if (!meta.shards.includes(key)) return null
        const json = await this.load(`${meta.version}/shards/${shardFileName(key)}.json`)
        // The async loader yields to the main thread while it rebuilds the index.
        return MiniSearch.loadJSONAsync(JSON.stringify(json), MINISEARCH_OPTIONS)
      })
      this.shards.set(key, shard)
    }
    return shard
  }

  private async record(id: number): Promise<SearchDocRecord> {
    const meta = await this.getMeta()
    const chunk = Math.floor(id / meta.docsPerChunk)
    let records = this.chunks.get(chunk)
    if (!records) {
      records = this.load(`${meta.version}/docs/${chunk}.json`) as Promise<SearchDocRecord[]>
      this.chunks.set(chunk, records)
    }
    return (await records)[id % meta.docsPerChunk]!
  }

  /** Starts loading the index description, so the first query is faster. */
  warmUp(): void {
    void this.getMeta()
  }

  async search(query: string, limit = 12): Promise<SearchResult[]> {
    const terms = queryTerms(query)
    if (!terms.length) return []

    // Sum each document's scores over the query's terms, rewarding documents that match more of them.
    const scores = new Map<number, { score: number, matched: Set<string>, indexTerms: Set<string> }>()
    await Promise.all(terms.map(async (term) => {
      const shard = await this.shard(shardKey(term))
      for (const hit of shard?.search(term, termSearchOptions(term)) ?? []) {
        const entry = scores.get(hit.id) ?? { score: 0, matched: new Set(), indexTerms: new Set() }
        entry.score += hit.score
        entry.matched.add(term)
        hit.terms.forEach(t => entry.indexTerms.add(t))
        scores.set(hit.id, entry)
      }
    }))
    const ranked = [...scores]
      .map(([id, e]) => ({ id: id as number, score: e.score * e.matched.size, terms: [...e.indexTerms, ...e.matched] }))
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit * 2)

    const results = await Promise.all(ranked.map(async ({ id, score, terms: matchedTerms }) => {
      const [url, articleTitle, heading, text] = await this.record(id)
      return {
        url, articleUrl: url.split('#')[0]!, articleTitle, heading, score,
        snippet: buildSnippet(text, matchedTerms),
      }
    }))
    return groupByArticle(results, limit)
  }
}

/**
 * Results grouped by article: articles in order of their best match, and within
 * an article its best sections (at most three).
 */
export function groupByArticle(results: SearchResult[], limit: number): SearchResult[] {
  const groups = new Map<string, SearchResult[]>()
  for (const result of [...results].sort((a, b) => b.score - a.score)) {
    const group = groups.get(result.articleUrl) ?? []
    if (group.length < SECTIONS_PER_ARTICLE) group.push(result)
    groups.set(result.articleUrl, group)
  }
  return [...groups.values()].flat().slice(0, limit)
}

const instances = new Map<string, HelpSearch>()

/** One search per index root (the site's base URL + `search-index/`), shared by the dialog and the search page. */
export function helpSearchAt(root: string): HelpSearch {
  let search = instances.get(root)
  if (!search) {
    search = new HelpSearch(async (path) => {
      const response = await fetch(`${root}${path}`)
      if (!response.ok) throw new Error(`Search index file ${path}: HTTP ${response.status}`)
      return response.json()
    })
    instances.set(root, search)
  }
  return search
}
