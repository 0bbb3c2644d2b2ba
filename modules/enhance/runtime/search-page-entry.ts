// The search page's own script, loaded `async` by pages/help/search.vue: it
// starts the address's search at once, while the stylesheet is still on its
// way (the page script, deferred, waits for it), so that the page's first
// paint can already show the results.
import { enhanceSearchPage } from './search-page'
import type { EarlySearch } from './search-page'
import { siteSearch } from './search-view'

const query = new URLSearchParams(window.location.search).get('q') ?? ''
const early: EarlySearch | undefined = query.trim() ? { query, results: siteSearch().search(query, 6) } : undefined
// An early failure is shown by the page's own first search, which awaits the same promise.
early?.results.catch(() => {})

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => enhanceSearchPage(document, early), { once: true })
else enhanceSearchPage(document, early)
