/**
 * Values of `draft` a query may return (`where('draft', 'IN', visibleDraftValues)`):
 * drafts are previewed in `nuxt dev` and never reach the generated site. SQLite
 * stores booleans as 0/1, and an IN list is compared as written.
 */
export const visibleDraftValues: number[] = import.meta.dev ? [0, 1] : [0]
