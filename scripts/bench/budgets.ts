/**
 * What a reading page may cost a reader on a first visit, in bytes on the wire
 * (gzip), and the only scripts it may load. The browser tests fail past these
 * (tests/e2e/budget.spec.ts); `npm run bench` prints the figures against them.
 */
export const READING_PAGE_BUDGET = {
  js: 8 * 1024,
  // The site's one stylesheet holds the themes of the Nuxt UI components in use
  // (16 KB); with every component's theme it would be 30 KB (modules/ui-unused-themes.ts).
  css: 20 * 1024,
  jsAndCss: 35 * 1024,
  everything: 80 * 1024,
}

/** From `Ctrl+K` on an article to the first result for "gateway": the dialog's code and the index it reads. */
export const FIRST_RESULT_BUDGET = 60 * 1024

/** The one script a reading page loads: the page script of modules/enhance. */
export const READING_PAGE_SCRIPTS = [/^\/(?:[\w-]+\/)*_enhance\/page-[\w-]+\.js$/]
