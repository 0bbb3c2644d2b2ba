// `fuse.js` as Nuxt UI's command palette sees it in this site (aliased in
// nuxt.config.ts). The search dialog's only group brings its own results from
// MiniSearch (`ignoreFilter`), so the palette never has a list to filter: this
// keeps ~8 KB gzip of fuzzy matching out of the first search. Should a list
// ever be given to it, it is shown unfiltered rather than hidden.
export default class Fuse<T> {
  constructor(private list: readonly T[] = []) {}

  setCollection(list: readonly T[]) {
    this.list = list
  }

  search(_query: string, options?: { limit?: number }) {
    const matches = this.list.map((item, refIndex) => ({ item, refIndex }))
    return options?.limit && options.limit > 0 ? matches.slice(0, options.limit) : matches
  }
}
