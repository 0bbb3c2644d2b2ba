import { describe, expect, it } from 'vitest'
import type { SearchResult } from '../../../../../shared/search/query'
import type { SearchState } from '../../../../../modules/enhance/runtime/search-state'
import { resultCount, searchAsYouType } from '../../../../../modules/enhance/runtime/search-state'

const result = (url: string): SearchResult => ({ url, articleUrl: url, articleTitle: url, heading: '', snippet: [] })

describe('searchAsYouType', () => {
  it('shows only the latest query\'s answer, whatever order the answers arrive in', async () => {
    const pending = new Map<string, (results: SearchResult[]) => void>()
    const shown: SearchState[] = []
    const run = searchAsYouType(query => new Promise(resolve => pending.set(query, resolve)), state => shown.push(state))
    const first = run('gat')
    const second = run('gateway')
    pending.get('gateway')!([result('/help/a')])
    await second
    pending.get('gat')!([result('/help/b')])
    await first
    expect(shown.filter(s => s.status === 'done')).toEqual([{ query: 'gateway', status: 'done', results: [result('/help/a')] }])
  })

  it('is idle on an empty query and reports a failed search as an error', async () => {
    const shown: SearchState[] = []
    const run = searchAsYouType(() => Promise.reject(new Error('offline')), state => shown.push(state))
    await run('   ')
    await run('port')
    expect(shown.map(s => s.status)).toEqual(['idle', 'loading', 'error'])
  })
})

describe('resultCount', () => {
  it('announces the number of results once they are in', () => {
    expect(resultCount({ query: 'q', status: 'done', results: [result('/a')] })).toBe('1 result')
    expect(resultCount({ query: 'q', status: 'done', results: [] })).toBe('0 results')
    expect(resultCount({ query: 'q', status: 'loading', results: [] })).toBe('')
  })
})
