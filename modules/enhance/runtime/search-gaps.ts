import { containsMarkup, QUERY_MAX_LENGTH, SEARCH_GAPS_API_PATH } from '#shared/feedback/fields'
import type { SearchGapSource } from '#shared/feedback/fields'
import { normalizeQuery } from '#shared/feedback/query'
import { mayUseHelpApi, outgoingText, postToHelpApi } from './help-api'
import type { SearchState } from './search-state'

/** How long the reader must stop typing before a search that found nothing counts. */
export const SEARCH_GAP_IDLE_MS = 2000

export interface SearchGapReporter {
  /** Each state the search shows: a finished search with no result starts the wait, anything else cancels it. */
  saw(state: SearchState): void
  /** The reader closed search or is leaving: a search that found nothing counts now. */
  flush(): void
}

/**
 * Tells the help API about searches that found nothing (the dialog's and the
 * search page's), so writers learn what readers can't find. Not as the reader
 * types: a query counts once it has stood, with no results, for
 * SEARCH_GAP_IDLE_MS, or when search is closed or the page left; each query
 * at most once per page. Sends nothing on the static site or when the
 * browser asks for privacy.
 */
export function searchGapReporter(doc: Document, source: SearchGapSource): SearchGapReporter {
  if (!mayUseHelpApi(doc)) return { saw() {}, flush() {} }
  const sent = new Set<string>()
  let waiting: string | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  function flush() {
    clearTimeout(timer)
    const query = waiting === undefined ? '' : outgoingText(waiting).slice(0, QUERY_MAX_LENGTH)
    waiting = undefined
    const key = normalizeQuery(query)
    if (!key || sent.has(key) || containsMarkup(query)) return
    sent.add(key)
    void postToHelpApi(SEARCH_GAPS_API_PATH, { query, source })
  }

  addEventListener('pagehide', flush)
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && flush())
  return {
    saw(state) {
      clearTimeout(timer)
      waiting = undefined
      if (state.status !== 'done' || state.results.length || !state.query.trim()) return
      waiting = state.query
      timer = setTimeout(flush, SEARCH_GAP_IDLE_MS)
    },
    flush,
  }
}
