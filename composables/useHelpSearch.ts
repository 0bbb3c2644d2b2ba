import type { SearchResult } from '#shared/search/query'
import { helpSearchAt } from '#shared/search/query'

/**
 * Search as the reader types, for the search dialog and the search page: `run`
 * searches the site's static index, and only the latest query's answer is kept,
 * whatever order the answers arrive in (a shard of an earlier query may load last).
 */
export function useHelpSearch(limit: number) {
  const { baseURL } = useRuntimeConfig().app
  const results = ref<SearchResult[]>([])
  const status = ref<'idle' | 'loading' | 'done' | 'error'>('idle')
  let latest = 0

  async function run(q: string) {
    const request = ++latest
    if (!q.trim()) {
      results.value = []
      status.value = 'idle'
      return
    }
    status.value = 'loading'
    try {
      const found = await helpSearchAt(`${baseURL}search-index/`).search(q, limit)
      if (request !== latest) return
      results.value = found
      status.value = 'done'
    }
    catch {
      if (request === latest) status.value = 'error'
    }
  }

  return { results, status, run }
}
