// Part of the page script: what it shares with the search chunks comes with the
// dialog as an argument (search-entry.ts), not through a module of both, which
// would be a chunk of its own, loaded with every page.
const siteBase = new URL('../', import.meta.url).pathname
const early = new Map<string, Promise<unknown>>()

/**
 * Starts everything the first search needs at once, the moment the reader
 * reaches for search: the dialog's code and every chunk it imports (named in
 * the header's `data-search-files`), and the index's entry file. Each would
 * otherwise wait for the one before it, a round trip apiece on a slow network.
 */
export function prefetchSearch(doc: Document): void {
  if (early.size) return
  early.set('meta.json', fetch(`${siteBase}search-index/meta.json`).then(response => response.ok ? response.json() : Promise.reject(new Error(`meta.json: HTTP ${response.status}`))))
  const files = doc.querySelector<HTMLElement>('[data-search-files]')?.dataset.searchFiles?.split(' ').filter(Boolean) ?? []
  for (const href of files) doc.head.append(Object.assign(doc.createElement('link'), { rel: 'modulepreload', href }))
}

/** An index file fetched ahead of its search, handed over once. */
export function takePrefetched(path: string): Promise<unknown> | undefined {
  const file = early.get(path)
  early.delete(path)
  return file
}
