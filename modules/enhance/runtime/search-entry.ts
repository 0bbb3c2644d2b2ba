import { prefetchSearch, takePrefetched } from './prefetch'
import type { SearchDialog } from './search-dialog'

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/**
 * The header's search link, made the entry to the search dialog: a click,
 * `Ctrl+K` / `⌘K` or `/` opens it. The dialog's code, MiniSearch and the index
 * are fetched when the reader first shows intent (focus, hover, a shortcut);
 * what they type before the dialog has arrived is kept and becomes its first
 * query. Without JavaScript the link leads to the search page.
 */
export function enhanceSearchEntry(doc: Document, link: HTMLAnchorElement | null): void {
  if (!link) return
  if (/Mac|iPhone|iPad/.test(navigator.userAgent)) {
    const modifier = link.querySelector('[data-search-modifier]')
    if (modifier) modifier.textContent = '⌘'
  }

  let dialog: Promise<SearchDialog> | undefined
  let loaded: SearchDialog | undefined
  // Asked to open, and the dialog has not arrived yet: keystrokes are kept here.
  let typedAhead: string | null = null
  const load = () => (dialog ??= (prefetchSearch(doc), import('./search-dialog')).then((module) => {
    loaded = module.createSearchDialog(doc, link.querySelector('.iconify'), takePrefetched)
    return loaded
  }))

  function open() {
    if (loaded) return loaded.open('')
    typedAhead ??= ''
    void load().then((d) => {
      if (typedAhead === null) return
      d.open(typedAhead)
      typedAhead = null
    })
  }

  function keepTypedAhead(event: KeyboardEvent): boolean {
    if (typedAhead === null || event.ctrlKey || event.metaKey || event.altKey) return false
    if (event.key === 'Escape') typedAhead = null
    else if (event.key === 'Backspace') typedAhead = typedAhead.slice(0, -1)
    else if (event.key.length === 1) typedAhead += event.key
    else return false
    event.preventDefault()
    return true
  }

  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || keepTypedAhead(event) || event.altKey || event.shiftKey) return
    if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault()
      if (loaded?.isOpen) loaded.close()
      else if (typedAhead !== null) typedAhead = null
      else open()
    }
    else if (event.key === '/' && !event.metaKey && !event.ctrlKey && !isTyping(event.target)) {
      event.preventDefault()
      open()
    }
  })
  link.addEventListener('click', (event) => {
    // A new tab or window gets the search page, as the link says.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    open()
  })
  for (const intent of ['focus', 'pointerenter', 'touchstart']) link.addEventListener(intent, () => void load(), { once: true, passive: true })
  link.dataset.searchReady = ''
}
