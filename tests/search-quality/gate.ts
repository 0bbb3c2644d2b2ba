import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { HelpSearch } from '../../shared/search/query'

export interface QualityQuery {
  query: string
  kind: string
  answers: string[]
}

export interface QualityReport {
  queries: number
  top1: number
  top3: number
  mrr: number
  /** Queries whose answers are not in the top 3: what was asked, what was expected, what came. */
  misses: Array<{ query: string, answers: string[], got: string[] }>
}

/** The queries of tests/search-quality/queries.yml. */
export function readQualityQueries(file = 'tests/search-quality/queries.yml'): QualityQuery[] {
  return parse(readFileSync(file, 'utf8')) as QualityQuery[]
}

/** A search over a built site's index, read from disk as the browser would fetch it. */
export function searchBuiltIndex(publicDir: string): HelpSearch {
  return new HelpSearch(async path => JSON.parse(readFileSync(join(publicDir, 'search-index', path), 'utf8')))
}

/**
 * Runs every query and scores the ranking of articles: top-1 and top-3 hit
 * rates and the mean reciprocal rank of the first correct article.
 */
export async function measureSearchQuality(search: HelpSearch, queries: readonly QualityQuery[]): Promise<QualityReport> {
  let top1 = 0
  let top3 = 0
  let reciprocal = 0
  const misses: QualityReport['misses'] = []
  for (const { query, answers } of queries) {
    const articles = [...new Set((await search.search(query, 10)).map(result => result.articleUrl))]
    const rank = articles.findIndex(url => answers.includes(url)) + 1
    if (rank === 1) top1++
    if (rank >= 1 && rank <= 3) top3++
    else misses.push({ query, answers, got: articles.slice(0, 3) })
    if (rank) reciprocal += 1 / rank
  }
  const n = queries.length
  return { queries: n, top1: top1 / n, top3: top3 / n, mrr: reciprocal / n, misses }
}
