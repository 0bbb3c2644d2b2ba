import { h } from './dom'
import { searchGapReporter } from './search-gaps'
import { emptyMessage, resultHref, showDidYouMean, siteSearch, snippet, supportUrl } from './search-view'
import type { SearchState } from './search-state'
import { resultCount, searchAsYouType } from './search-state'

/** Resolves once the browser has painted what is on the page now. */
const afterPaint = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve)))

/**
 * The search page (`/help/search?q=…`): runs the address's query, lists the
 * results, and searches again as the reader types, keeping the address in step
 * so the search can be shared. The form still submits without JavaScript.
 */
export function enhanceSearchPage(doc: Document): void {
  const page = doc.querySelector<HTMLElement>('[data-search-page]')
  const input = page?.querySelector<HTMLInputElement>('input[name="q"]')
  const list = page?.querySelector<HTMLElement>('[data-search-results]')
  const empty = page?.querySelector<HTMLElement>('[data-search-empty]')
  const status = page?.querySelector<HTMLElement>('[data-search-status]')
  const suggestion = page?.querySelector<HTMLElement>('[data-search-did-you-mean]')
  if (!page || !input || !list || !empty || !status || !suggestion) return

  // Searches that find nothing are reported once the reader stops typing or leaves the page.
  const gaps = searchGapReporter(doc, 'page')

  function show(state: SearchState) {
    gaps.saw(state)
    if (state.status === 'loading') return
    list!.replaceChildren(...state.results.map(result => h('li', {}, [
      h('a', { href: resultHref(result), class: 'block rounded-lg border border-default p-4 hover:border-primary focus-visible:outline-2 focus-visible:outline-primary' }, [
        h('span', { class: 'block text-sm text-muted' }, [result.articleTitle, result.heading ? ' › ' : '']),
        h('span', { class: 'block font-semibold text-highlighted' }, [result.heading || result.articleTitle]),
        snippet(result.snippet, 'mt-1 block text-sm text-toned'),
      ]),
    ])))
    list!.hidden = !state.results.length
    empty!.hidden = state.status === 'idle' || !!state.results.length
    empty!.replaceChildren(...emptyMessage(state, supportUrl(doc)))
    status!.textContent = resultCount(state)
    void showDidYouMean(suggestion!, input!, state, search)
  }

  // The first six articles as soon as their records are in (one round trip), and on
  // screen, then up to twenty: the second search waits for a frame, or it would
  // hold back the first paint whenever the index came whole with its meta file.
  const run = searchAsYouType(async (query) => {
    const first = await siteSearch().search(query, 6)
    if (input.value === query) {
      show({ query, status: 'done', results: first })
      await afterPaint()
    }
    return siteSearch().search(query, 20)
  }, show)
  const query = new URLSearchParams(window.location.search).get('q') ?? ''
  input.value = query
  void run(query)

  // A new search: in the box, in the address (so it can be shared), then run.
  function search(query: string) {
    input!.value = query
    const url = new URL(window.location.href)
    if (query) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    history.replaceState(history.state, '', url)
    void run(query)
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => search(input.value), 80)
  })
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault()
    void run(input.value)
  })
}
