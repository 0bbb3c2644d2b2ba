import type { SearchResult } from '#shared/search/query'
import type { SnippetPart } from '#shared/search/snippet'
import { helpSearchAt } from '#shared/search/query'
import { h, siteBase, siteHref } from './dom'
import type { SearchState } from './search-state'

/** The site's one search over its static index, shared by the dialog, the search page and the 404 page. */
export const siteSearch = (prefetched?: (path: string) => Promise<unknown> | undefined) => helpSearchAt(`${siteBase}search-index/`, prefetched)

/** A result's snippet, matched words marked; text only. */
export function snippet(parts: SnippetPart[], className: string): HTMLElement {
  return h('span', { class: className }, parts.map(part =>
    part.mark ? h('mark', { class: 'rounded bg-primary/15 text-highlighted' }, [part.text]) : part.text))
}

/** Where a result leads, under the site's base URL. */
export const resultHref = (result: SearchResult) => siteHref(result.url)

/** What the reader reads when a search finds nothing or fails: what to try next, and where else to go. */
export function emptyMessage(state: SearchState, supportUrl: string): Array<Node | string> {
  const link = (href: string, text: string) => h('a', { href, class: 'text-primary' }, [text])
  return [
    h('p', { class: 'font-medium text-highlighted' }, [state.status === 'error' ? 'Search is unavailable right now.' : `No articles match “${state.query}”.`]),
    h('p', { class: 'mt-1' }, [
      'Try fewer or different words, or the exact error message. You can also ',
      link(siteHref('/help'), 'browse the categories'),
      ' or ',
      link(supportUrl, 'contact support'),
      '.',
    ]),
  ]
}

/** The support address, from the page footer's link. */
export const supportUrl = (doc: Document) => doc.querySelector<HTMLAnchorElement>('[data-support-link]')?.href ?? siteHref('/help')

/**
 * "Did you mean …?" in `box` under a search that found little: a link to the
 * corrected search, which `pick` runs in place when it is a plain click. Shown
 * only while `input` still holds the query it corrects.
 */
export async function showDidYouMean(box: HTMLElement, input: HTMLInputElement, state: SearchState, pick: (query: string) => void): Promise<void> {
  box.hidden = true
  const line = await didYouMean(state, pick)
  if (!line || input.value !== state.query) return
  box.replaceChildren(line)
  box.hidden = false
}

async function didYouMean(state: SearchState, pick: (query: string) => void): Promise<HTMLElement | null> {
  if (state.status !== 'done' || new Set(state.results.map(result => result.articleUrl)).size > 1) return null
  const suggestion = await siteSearch().suggest(state.query).catch(() => null)
  if (!suggestion) return null
  const link = h('a', { 'href': siteHref(`/help/search?q=${encodeURIComponent(suggestion)}`), 'class': 'font-medium text-primary', 'data-search-suggestion': true }, [suggestion])
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    pick(suggestion)
  })
  return h('p', { class: 'text-sm text-muted' }, ['Did you mean ', link, '?'])
}
