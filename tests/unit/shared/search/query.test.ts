import type { SearchResult } from 'minisearch'
import { describe, expect, it } from 'vitest'
import { rankArticles } from '../../../../shared/search/query'
import type { TermHits } from '../../../../shared/search/query'

/** A term's hits: `[article id, score, index terms]`, best first; `df` is how many articles hold it. */
function termHits(term: string, df: number, hits: Array<[number, number, string[]?]>): TermHits {
  return {
    term,
    shard: { df: new Map([[term, df]]) },
    hits: hits.map(([id, score, terms = [term]]) => ({ id, score, terms, queryTerms: [term], match: {} }) as SearchResult),
  }
}

describe('rankArticles', () => {
  it('ranks an article with every word above one with a single common word, and leaves the latter out', () => {
    const port = termHits('port', 3, [[1, 5], [2, 4], [7, 1]])
    const use = termHits('use', 900, [[3, 9], [1, 2], [4, 8], [5, 8]])
    const ranked = rankArticles([port, use], 1000, 8)
    expect(ranked[0]!.id).toBe(1)
    expect(new Set(ranked[0]!.terms)).toEqual(new Set(['port', 'use']))
    expect(ranked.map(({ id }) => id)).not.toContain(3)
  })

  it('keeps a one-word article that comes close to the best', () => {
    const ranked = rankArticles([termHits('gateway', 10, [[1, 10], [2, 9]]), termHits('log', 10, [[1, 1]])], 100, 8)
    expect(ranked.map(({ id }) => id)).toEqual([1, 2])
  })

  it('marks the index terms an article matched (each once), then the query terms it matched', () => {
    const ranked = rankArticles([termHits('gatew', 5, [[4, 3, ['gateway', 'gateways']]]), termHits('log', 5, [[4, 2, ['log', 'gateway']]])], 100, 8)
    expect(ranked).toEqual([{ id: 4, terms: ['gateway', 'gateways', 'log', 'gatew', 'log'] }])
  })

  it('breaks ties by article id, and stops at the number asked for', () => {
    const ranked = rankArticles([termHits('agent', 5, [[9, 2], [3, 2], [5, 2]])], 100, 2)
    expect(ranked.map(({ id }) => id)).toEqual([3, 5])
  })

  it('is empty without hits', () => {
    expect(rankArticles([], 100, 8)).toEqual([])
  })
})
