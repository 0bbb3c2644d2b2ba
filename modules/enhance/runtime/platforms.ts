import type { Platform } from '#shared/utils/platforms'
import { isPlatform, PLATFORM_LABELS } from '#shared/utils/platforms'
import { h } from './dom'
import { choosePlatform, platformFromBrowser, platformFromQuery, PLATFORM_STORAGE_KEY } from './platform-choice'

interface Block {
  root: HTMLElement
  tabs: Map<Platform, HTMLButtonElement>
  panels: Map<Platform, HTMLElement>
}

const TAB_CLASS = '-mb-px rounded-t-md border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted outline-primary/25 transition-colors hover:text-default focus-visible:outline-3 aria-selected:border-primary aria-selected:text-highlighted'

/** The panels of one `::platforms` block (components/content/Platforms.vue) under a row of tabs, WAI-ARIA's tabs pattern. */
function makeTabs(root: HTMLElement, index: number): Block | null {
  const panels = new Map<Platform, HTMLElement>()
  for (const panel of root.querySelectorAll<HTMLElement>(':scope > [data-platform]')) {
    const platform = panel.dataset.platform
    if (isPlatform(platform) && !panels.has(platform)) panels.set(platform, panel)
  }
  if (!panels.size) return null
  const tabs = new Map<Platform, HTMLButtonElement>()
  for (const [platform, panel] of panels) {
    panel.id ||= `platforms-${index}-${platform}`
    const tab = h('button', { 'type': 'button', 'role': 'tab', 'id': `${panel.id}-tab`, 'aria-controls': panel.id, 'class': TAB_CLASS, 'data-platform-tab': platform }, [PLATFORM_LABELS[platform]])
    panel.setAttribute('role', 'tabpanel')
    panel.setAttribute('aria-labelledby', tab.id)
    panel.tabIndex = 0
    tabs.set(platform, tab as HTMLButtonElement)
  }
  root.prepend(h('div', { 'role': 'tablist', 'aria-label': 'Operating system', 'class': 'flex gap-1 border-b border-default px-2 print:hidden' }, [...tabs.values()]))
  root.dataset.tabs = ''
  return { root, tabs, panels }
}

/** Shows a block's panel for `platform` (its first panel when it has none for it); the other tabs leave the Tab order. */
function select(block: Block, platform: Platform | null) {
  const shown = platform && block.panels.has(platform) ? platform : block.panels.keys().next().value!
  for (const [p, tab] of block.tabs) {
    tab.setAttribute('aria-selected', String(p === shown))
    tab.tabIndex = p === shown ? 0 : -1
    block.panels.get(p)!.toggleAttribute('data-selected', p === shown)
  }
}

function remember(platform: Platform) {
  try {
    localStorage.setItem(PLATFORM_STORAGE_KEY, platform)
  }
  catch {
    // Storage refused (private mode): the choice holds for this page.
  }
}

function stored(): string | null {
  try {
    return localStorage.getItem(PLATFORM_STORAGE_KEY)
  }
  catch {
    return null
  }
}

/**
 * Turns every `::platforms` block of the page into tabs that open on the
 * reader's platform (see `choosePlatform`). Choosing a tab, by click or with
 * the arrow keys, switches every block of the page and is remembered; an
 * address ending in a panel's anchor (`#port-conflict-windows`) opens that
 * panel. Without this script every panel shows under its name.
 */
export function enhancePlatforms(doc: Document): void {
  const blocks = [...doc.querySelectorAll<HTMLElement>('[data-platforms]')].flatMap((root, i) => makeTabs(root, i) ?? [])
  if (!blocks.length) return
  const showEverywhere = (platform: Platform | null) => blocks.forEach(block => select(block, platform))

  /** The reader chose `platform` on `tab`: every block follows, and the tab stays where it was on screen. */
  function choose(platform: Platform, tab: HTMLElement) {
    const top = tab.getBoundingClientRect().top
    showEverywhere(platform)
    window.scrollBy(0, tab.getBoundingClientRect().top - top)
    remember(platform)
    // The address no longer overrides the choice on a reload: no `?os=`, and a panel's anchor follows the tab.
    const url = new URL(window.location.href)
    url.searchParams.delete('os')
    const anchored = panelOf(decodeURIComponent(url.hash.slice(1)))
    if (anchored) url.hash = blocks.find(b => b.panels.get(anchored.platform) === anchored.panel)?.panels.get(platform)?.id ?? url.hash
    if (url.href !== window.location.href) history.replaceState(history.state, '', url)
  }

  function panelOf(id: string): { panel: HTMLElement, platform: Platform } | null {
    const panel = id ? doc.getElementById(id) : null
    const platform = panel?.getAttribute('role') === 'tabpanel' ? panel.dataset.platform : null
    return panel && isPlatform(platform) ? { panel, platform } : null
  }

  /** `#port-conflict-windows`: that panel opens (in every block), and its block comes into view. */
  function openFromAddress() {
    const target = panelOf(decodeURIComponent(window.location.hash.slice(1)))
    if (!target) return
    showEverywhere(target.platform)
    target.panel.parentElement!.scrollIntoView({ block: 'start' })
  }

  for (const block of blocks) {
    const order = [...block.tabs.keys()]
    for (const [platform, tab] of block.tabs) {
      tab.addEventListener('click', () => choose(platform, tab))
      tab.addEventListener('keydown', (event) => {
        const at = order.indexOf(platform)
        const keys: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: order.length - 1 }
        const next = keys[event.key]
        if (next === undefined) return
        event.preventDefault()
        const target = order[(next + order.length) % order.length]!
        block.tabs.get(target)!.focus()
        choose(target, block.tabs.get(target)!)
      })
    }
  }

  showEverywhere(choosePlatform({
    query: platformFromQuery(window.location.search),
    stored: stored(),
    browser: platformFromBrowser(navigator as Navigator & { userAgentData?: { platform?: string } }),
  }))
  openFromAddress()
  window.addEventListener('hashchange', openFromAddress)
}
