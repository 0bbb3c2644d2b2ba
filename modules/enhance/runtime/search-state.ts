import type { SearchResult } from '#shared/search/query'

export type SearchStatus = 'idle' | 'loading' | 'done' | 'error'

export interface SearchState {
  query: string
  status: SearchStatus
  results: SearchResult[]
}

/**
 * Search as the reader types: `run` asks `search` for a query and reports each
 * state to `show`; only the latest query's answer is shown, whatever order the
 * answers arrive in (a shard of an earlier query may load last).
 */
export function searchAsYouType(search: (query: string) => Promise<SearchResult[]>, show: (state: SearchState) => void) {
  let latest = 0
  return async function run(query: string): Promise<void> {
    const request = ++latest
    if (!query.trim()) return show({ query, status: 'idle', results: [] })
    show({ query, status: 'loading', results: [] })
    try {
      const results = await search(query)
      if (request === latest) show({ query, status: 'done', results })
    }
    catch {
      if (request === latest) show({ query, status: 'error', results: [] })
    }
  }
}

/** What the live region announces once an answer is in. */
export const resultCount = (state: SearchState) =>
  state.status === 'done' ? `${state.results.length} ${state.results.length === 1 ? 'result' : 'results'}` : ''
