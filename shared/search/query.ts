import MiniSearch from 'minisearch'
import type { SearchOptions, SearchResult as SearchResult_ } from 'minisearch'
import { buildSnippet, matchScore } from './snippet'
import type { SnippetPart } from './snippet'
import type { SynonymRewriter } from './synonyms'
import { NO_SYNONYMS, synonymRewriter } from './synonyms'
import { closestWord, transpositions } from './typos'
import { normalizeText, queryTerms, tokenize } from './tokenize'
import type { SearchArticleRecord, SearchIndexMeta, SearchSection } from './shards'
import { unpackShard } from './shard-format'
import type { PackedShard } from './shard-format'
import { fuzzyTermSearchOptions, MINISEARCH_OPTIONS, SEARCH_FIELDS, sectionTexts, shardFileName, shardKey, TEXT_FIELD_ID, termSearchOptions } from './shards'

export interface SearchResult {
  /** Where the result leads: the article, or `article#section`. */
  url: string
  articleUrl: string
  articleTitle: string
  /** The matching section's heading; empty for an article-level match. */
  heading: string
  snippet: SnippetPart[]
}

/** Fetches a JSON file of the index by its path below the index root. */
export type IndexLoader = (path: string) => Promise<unknown>

const RESULTS_PER_ARTICLE = 3

// A term with fewer exact or prefix matches than this is searched again with typos allowed.
const FUZZY_BELOW = 20

// An article that matches fewer of the query's words than the best one, and scores
// less than this share of it, is left out.
const MIN_SCORE_SHARE = 0.15

/**
 * Where in a section a query matched best: one of its platform panels when
 * that panel matches better than the rest of the section and than every other
 * panel (the result then opens that panel), else the section itself (the
 * page then shows the reader's own platform), with the text to quote.
 */
function bestPlace([id, , text, panels = []]: SearchSection, terms: readonly string[]): { id: string, text: string, platform?: string } {
  const scored = panels.map(([panelId, platform, panelText]) => ({ id: panelId, platform, text: panelText, score: matchScore(`${platform} ${panelText}`, terms) }))
    .sort((a, b) => b.score - a.score)
  const [best, second] = scored
  const outside = matchScore(text, terms)
  if (best && best.score > outside && best.score > (second?.score ?? 0)) return best
  return { id, text: outside || !best?.score ? text : best.text }
}

/**
 * An article's results (at most three): its best matching sections, and the
 * article itself when its title, description or introduction matches — first
 * when the title does. Only the results shown get a place and a snippet.
 */
export function articleResults(record: SearchArticleRecord, terms: readonly string[], lead?: string): SearchResult[] {
  const intro = record.sections.find(([id]) => id === '')?.[2] ?? ''
  const sections = record.sections
    .filter(([id]) => id !== '')
    .map(section => ({ section, score: section[0] === lead ? Infinity : 2 * matchScore(section[1], terms) + matchScore(sectionTexts(section), terms) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ section }) => section)
  const summary = `${record.description} ${intro}`.trim()
  const articleResult = (): SearchResult => ({ url: record.url, articleUrl: record.url, articleTitle: record.title, heading: '', snippet: buildSnippet(summary, terms) })
  const sectionResults = (count: number) => sections.slice(0, count).map((section): SearchResult => {
    const place = bestPlace(section, terms)
    return {
      url: `${record.url}#${place.id}`, articleUrl: record.url, articleTitle: record.title,
      heading: place.platform ? `${section[1]} (${place.platform})` : section[1], snippet: buildSnippet(place.text, terms),
    }
  })
  // A title match leads with the article; otherwise the most specific place, the section, comes first.
  if ((matchScore(record.title, terms) > 0 && !lead) || !sections.length) return [articleResult(), ...sectionResults(RESULTS_PER_ARTICLE - 1)]
  if (matchScore(summary, terms) > 0) return [...sectionResults(RESULTS_PER_ARTICLE - 1), articleResult()]
  return sectionResults(RESULTS_PER_ARTICLE)
}

interface LoadedShard {
  index: MiniSearch
  /** Documents containing each term, counted over the whole index. */
  df: Map<string, number>
}

/** Inverse document frequency, as BM25 computes it. */
const idf = (documentCount: number, df: number) => Math.log(1 + (documentCount - df + 0.5) / (df + 0.5))

/**
 * Client-side search over the sharded index: loads only the shards of the typed
 * terms and the records of the articles it shows (unless the meta file brought
 * them all), and keeps what it loaded.
 */
export class HelpSearch {
  private meta?: Promise<SearchIndexMeta>
  private shards = new Map<string, Promise<LoadedShard | null>>()
  private records = new Map<number, Promise<SearchArticleRecord>>()

  constructor(private readonly load: IndexLoader) {}

  private getMeta(): Promise<SearchIndexMeta> {
    this.meta ??= this.load('meta.json') as Promise<SearchIndexMeta>
    return this.meta
  }

  private shard(key: string): Promise<LoadedShard | null> {
    let shard = this.shards.get(key)
    if (!shard) {
      shard = this.getMeta().then(async (meta) => {
        if (!meta.shards.includes(key)) return null
        const name = shardFileName(key)
        const packed = meta.inline?.shards[name] ?? await this.load(`${meta.version}/shards/${name}.json`) as PackedShard
        const json = unpackShard(packed, SEARCH_FIELDS, TEXT_FIELD_ID, meta.articleCount, meta.averageFieldLength)
        // The async loader yields to the main thread while it rebuilds the index.
        const index = await MiniSearch.loadJSAsync(json, MINISEARCH_OPTIONS)
        return { index, df: new Map(packed.terms.map(([term], i) => [term, packed.df[i]!])) }
      })
      this.shards.set(key, shard)
    }
    return shard
  }

  private record(id: number): Promise<SearchArticleRecord> {
    let record = this.records.get(id)
    if (!record) {
      record = this.getMeta().then(meta => meta.inline?.articles[id] ?? this.load(`${meta.version}/articles/${id}.json`) as Promise<SearchArticleRecord>)
      this.records.set(id, record)
    }
    return record
  }

  private rewriter?: SynonymRewriter
  private rewriterFor(meta: SearchIndexMeta): SynonymRewriter {
    this.rewriter ??= synonymRewriter(meta.synonyms ?? NO_SYNONYMS)
    return this.rewriter
  }

  /** Where a term matches: exactly or as a prefix, else with two letters swapped, else with a typo. */
  private async termHits(term: string): Promise<TermHits | null> {
    const matches = async (candidate: string, options: SearchOptions | null) => {
      const shard = options && await this.shard(shardKey(candidate))
      const hits = shard ? shard.index.search(candidate, options) : []
      return hits.length ? { term: candidate, shard: shard!, hits } : null
    }
    const exact = await matches(term, termSearchOptions(term))
    // Typo tolerance costs most on common terms, which need it least.
    if (exact && exact.hits.length >= FUZZY_BELOW) return exact
    // Two letters swapped (`chnage`, `modle`) are two edits to MiniSearch, and in the
    // first letters the term even lands in another shard: try each swap, exactly.
    if (!exact) {
      for (const swapped of transpositions(term)) {
        const hit = await matches(swapped, termSearchOptions(swapped))
        if (hit) return hit
      }
    }
    return await matches(term, fuzzyTermSearchOptions(term)) ?? exact
  }

  /**
   * "Did you mean": the query with each word that the index does not know
   * replaced by the closest word it does (`conection` → `connection`), from the
   * vocabulary of the word's shard and of its swapped-letter shards; `null`
   * when no word needs it.
   */
  async suggest(query: string): Promise<string | null> {
    let changed = false
    const words = await Promise.all(query.slice(0, 200).split(/(\s+)/).map(async (word) => {
      const [term] = tokenize(word)
      if (!term || term !== normalizeText(word).replace(/^\W+|\W+$/g, '') || [...term].length < 4 || /\d/.test(term)) return word
      const keys = new Set([term, ...transpositions(term)].map(shardKey))
      const shards = (await Promise.all([...keys].map(key => this.shard(key)))).filter(shard => shard !== null)
      if (shards.some(shard => shard.df.has(term))) return word
      const better = closestWord(term, shards.flatMap(shard => [...shard.df]))
      if (!better) return word
      changed = true
      return better
    }))
    return changed ? words.join('') : null
  }

  /** Starts loading the index description, so the first query is faster. */
  warmUp(): void {
    void this.getMeta()
  }

  /** Results for `query`, grouped by article, best article first: at most `maxArticles` articles. */
  async search(query: string, maxArticles = 8): Promise<SearchResult[]> {
    if (!queryTerms(query).length) return []
    const meta = await this.getMeta()
    const synonyms = this.rewriterFor(meta)
    const terms = queryTerms(query, synonyms.forQuery)
    if (!terms.length) return []

    const found = (await Promise.all(terms.map(typed => this.termHits(typed)))).filter(hit => hit !== null)
    // Result texts are marked with the words of the synonyms matched too (`log in` for `signin`).
    const words = (list: string[]) => list.flatMap(term => synonyms.words.get(term) ?? [term])
    const confident = rankArticles(found, meta.articleCount, maxArticles)

    // An article that claims an error code the reader typed or pasted comes first, at the section that fixes it.
    const typed = new Set(tokenize(query.slice(0, 500)))
    const groups = await Promise.all(confident.map(async ({ id, terms: matched }) => {
      const record = await this.record(id)
      const code = claimedCode(record, typed)
      return { code, results: articleResults(record, words(matched), code?.[1] || undefined) }
    }))
    groups.sort((a, b) => Number(!!b.code) - Number(!!a.code))
    return groups.flatMap(group => group.results)
  }
}

/** Where one query term matched: the index term it matched as, in which shard, and MiniSearch's hits. */
export interface TermHits {
  term: string
  shard: Pick<LoadedShard, 'df'>
  hits: SearchResult_[]
}

/**
 * The articles to show for the terms' hits, best first (at most `maxArticles`),
 * each with the index terms to mark in its texts. Each term scores articles
 * relative to its best match, weighted by how rare the term is in the whole
 * index (shards prune the postings of common words, so MiniSearch's own
 * weighting would overrate them); an article's score is multiplied by the
 * number of terms it matched. A common term hits thousands of articles, and
 * nothing here is allocated per hit: on a large index, short-lived objects per
 * hit are what made queries wait for the garbage collector.
 */
export function rankArticles(found: readonly TermHits[], articleCount: number, maxArticles: number): Array<{ id: number, terms: string[] }> {
  // Per article: its score, and which of the matched terms it has, one bit each.
  const matchedTerms = [...new Set(found.map(({ term }) => term))]
  const scores = new Map<number, number>()
  const matched = new Map<number, number>()
  for (const { term, shard, hits } of found) {
    const bit = 1 << matchedTerms.indexOf(term)
    const df = shard.df.get(term) ?? Math.max(...hits.slice(0, 20).flatMap(hit => hit.terms.map(t => shard.df.get(t) ?? 1)))
    const weight = idf(articleCount, df) / hits[0]!.score
    for (const hit of hits) {
      scores.set(hit.id, (scores.get(hit.id) ?? 0) + weight * hit.score)
      matched.set(hit.id, (matched.get(hit.id) ?? 0) | bit)
    }
  }
  const termCount = (id: number) => bitCount(matched.get(id)!)
  for (const [id, score] of scores) scores.set(id, score * termCount(id))
  const ranked = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)! || a - b)
  if (!ranked.length) return []
  // A short, confident list: an article that matches fewer of the words than the
  // best one only when it comes close, not for sharing one common word with it.
  const best = ranked[0]!
  const confident = ranked.filter(id => termCount(id) >= termCount(best) || scores.get(id)! >= scores.get(best)! * MIN_SCORE_SHARE).slice(0, maxArticles)

  // The index terms each shown article matched (`gateways` for `gateway`), then the query's.
  const hitTerms = new Map(confident.map(id => [id, new Set<string>()]))
  for (const { hits } of found) {
    for (const hit of hits) {
      const shown = hitTerms.get(hit.id)
      if (shown) for (const term of hit.terms) shown.add(term)
    }
  }
  return confident.map(id => ({ id, terms: [...hitTerms.get(id)!, ...matchedTerms.filter((_, i) => matched.get(id)! & (1 << i))] }))
}

/** How many bits of `mask` are set. */
function bitCount(mask: number): number {
  let count = 0
  for (let rest = mask; rest; rest &= rest - 1) count++
  return count
}

/**
 * The error code of an article that the reader typed or pasted whole (every
 * word of it is in the query), as `[code, section]`.
 */
export function claimedCode(record: SearchArticleRecord, typed: ReadonlySet<string>): [string, string] | undefined {
  return record.errors?.find(([code]) => tokenize(code).every(term => typed.has(term)))
}

const instances = new Map<string, HelpSearch>()

/**
 * One search per index root (the site's base URL + `search-index/`), shared by
 * the dialog and the search page; `prefetched` hands over files already on their way.
 */
export function helpSearchAt(root: string, prefetched?: (path: string) => Promise<unknown> | undefined): HelpSearch {
  let search = instances.get(root)
  if (!search) {
    search = new HelpSearch(async (path) => {
      const early = prefetched?.(path)
      if (early) return early
      const response = await fetch(`${root}${path}`)
      if (!response.ok) throw new Error(`Search index file ${path}: HTTP ${response.status}`)
      return response.json()
    })
    instances.set(root, search)
  }
  return search
}
