import type { SearchResult } from '#shared/search/query'
import { h } from './dom'
import { searchGapReporter } from './search-gaps'
import { emptyMessage, resultHref, showDidYouMean, siteSearch, snippet, supportUrl } from './search-view'
import type { SearchState } from './search-state'
import { resultCount, searchAsYouType } from './search-state'

export interface SearchDialog {
  open(query: string): void
  close(): void
  readonly isOpen: boolean
}

const dimmed = (icon: Element) => (icon.classList.add('text-dimmed'), icon)

const HINT = 'Search by symptom, error message, port or file name — for example 18789 or Insufficient quota.'

/**
 * The search dialog, loaded when the reader first opens search: a native modal
 * `<dialog>` (the browser keeps focus inside, makes the page inert, closes it
 * on Escape and returns focus) with a list of results the arrow keys move
 * through, as in a combobox (`aria-activedescendant`, `role="option"`).
 */
export function createSearchDialog(doc: Document, icon: Element | null, prefetched?: (path: string) => Promise<unknown> | undefined): SearchDialog {
  const search = siteSearch(prefetched)
  const input = h('input', {
    'type': 'text', 'aria-label': 'Search the help center', 'aria-controls': 'search-dialog-results', 'aria-autocomplete': 'list',
    'placeholder': 'Describe the problem or paste an error message…', 'autocomplete': 'off', 'spellcheck': 'false',
    'class': 'h-12 w-full min-w-0 bg-transparent text-base text-highlighted placeholder:text-dimmed focus:outline-none',
  }) as HTMLInputElement
  const close = h('button', { type: 'button', class: 'rounded-md px-2 py-1 text-xs font-medium text-muted ring ring-accented ring-inset hover:bg-elevated' }, ['Esc', h('span', { class: 'sr-only' }, [' to close'])])
  // Focusable, as a region that scrolls must be for keyboard readers; the arrow keys work from it too.
  const list = h('ul', { 'id': 'search-dialog-results', 'role': 'listbox', 'aria-label': 'Results', 'tabindex': 0, 'class': 'overflow-y-auto p-2 outline-primary/25 focus-visible:outline-3', 'hidden': true })
  const empty = h('div', { 'class': 'px-4 py-6 text-sm text-muted', 'data-search-empty': true }, [h('p', {}, [HINT])])
  const live = h('p', { 'class': 'sr-only', 'aria-live': 'polite' })
  const suggestion = h('div', { class: 'px-4 pb-3', hidden: true })
  const dialog = h('dialog', {
    'aria-labelledby': 'search-dialog-title', 'aria-describedby': 'search-dialog-description',
    'class': 'm-0 max-h-none w-full max-w-none overflow-hidden bg-default p-0 text-default backdrop:bg-elevated/75 max-sm:h-dvh sm:mx-auto sm:mt-[10vh] sm:max-h-[70vh] sm:max-w-2xl sm:rounded-lg sm:shadow-lg sm:ring sm:ring-default open:flex open:flex-col',
  }, [
    h('h2', { id: 'search-dialog-title', class: 'sr-only' }, ['Search the help center']),
    h('p', { id: 'search-dialog-description', class: 'sr-only' }, ['Type a symptom, an error message, a port or a file name. Use the arrow keys to move and Enter to open.']),
    h('div', { class: 'flex items-center gap-2 border-b border-default px-4' }, [
      ...(icon ? [dimmed(icon.cloneNode(true) as Element)] : []),
      input,
      close,
    ]),
    suggestion,
    list,
    empty,
    live,
  ]) as HTMLDialogElement

  let results: SearchResult[] = []
  let active = 0
  const go = (result: SearchResult | undefined) => result && window.location.assign(resultHref(result))

  function highlight(index: number) {
    active = index
    list.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index))
      option.toggleAttribute('data-highlighted', i === index)
    })
    for (const owner of [input, list]) {
      if (results.length) owner.setAttribute('aria-activedescendant', `search-option-${index}`)
      else owner.removeAttribute('aria-activedescendant')
    }
  }

  // Searches that find nothing are reported once the reader stops typing or closes the dialog.
  const gaps = searchGapReporter(doc, 'dialog')
  dialog.addEventListener('close', () => gaps.flush())

  function show(state: SearchState) {
    gaps.saw(state)
    if (state.status === 'loading') return
    results = state.results
    list.replaceChildren(...results.map((result, i) => {
      const option = h('li', { id: `search-option-${i}`, role: 'option', class: 'cursor-pointer rounded-md px-3 py-2 data-highlighted:bg-elevated' }, [
        ...(result.heading ? [h('span', { class: 'block text-xs text-muted' }, [result.articleTitle])] : []),
        h('span', { class: 'block font-medium text-highlighted' }, [result.heading || result.articleTitle]),
        snippet(result.snippet, 'mt-0.5 line-clamp-2 block text-sm text-toned'),
      ])
      option.addEventListener('click', () => go(result))
      option.addEventListener('mousemove', () => active !== i && highlight(i))
      return option
    }))
    list.hidden = !results.length
    empty.hidden = !!results.length
    empty.replaceChildren(...(state.status === 'idle' ? [h('p', {}, [HINT])] : emptyMessage(state, supportUrl(doc))))
    live.textContent = resultCount(state)
    highlight(0)
    void showDidYouMean(suggestion, input, state, (corrected) => {
      input.value = corrected
      void run(corrected)
      input.focus()
    })
  }

  // Six articles at most: their records arrive in one round trip even over HTTP/1.1's
  // six connections, and with up to three sections each that is plenty for a dialog.
  const run = searchAsYouType(query => search.search(query, 6), show)
  let timer: ReturnType<typeof setTimeout> | undefined
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => void run(input.value), 60)
  })
  function onKeydown(event: KeyboardEvent) {
    const count = results.length
    if (event.key === 'ArrowDown' && count) highlight((active + 1) % count)
    else if (event.key === 'ArrowUp' && count) highlight((active - 1 + count) % count)
    else if (event.key === 'Enter') go(results[active])
    else return
    event.preventDefault()
    doc.getElementById(`search-option-${active}`)?.scrollIntoView({ block: 'nearest' })
  }
  input.addEventListener('keydown', onKeydown)
  list.addEventListener('keydown', onKeydown)
  close.addEventListener('click', () => dialog.close())
  // A click on the backdrop is a click on the dialog itself.
  dialog.addEventListener('click', event => event.target === dialog && dialog.close())
  doc.body.append(dialog)

  return {
    open(query) {
      if (!dialog.open) dialog.showModal()
      if (query) {
        input.value = query
        void run(query)
      }
      input.focus()
      input.select()
      if (query) input.setSelectionRange(query.length, query.length)
    },
    close: () => dialog.close(),
    get isOpen() {
      return dialog.open
    },
  }
}
