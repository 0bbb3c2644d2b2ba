// The search page's own script, loaded `async` by pages/help/search.vue, so that
// it does not wait, as the deferred page script does, for the stylesheet: the
// index starts loading at once, and the page's search runs as soon as the
// page is parsed.
import { enhanceSearchPage } from './search-page'
import { siteSearch } from './search-view'

if (new URLSearchParams(window.location.search).get('q')?.trim()) siteSearch().warmUp()

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => enhanceSearchPage(document), { once: true })
else enhanceSearchPage(document)
