/** Page weight, the article's published JSON and Lighthouse scores of the generated site. */
import { statSync } from 'node:fs'
import { READING_PAGE_BUDGET } from './budgets'
import { runLighthouse } from './lighthouse'
import { serveStatic } from './server'
import { kb } from './stats'
import { measurePageWeights } from './weight'

const PAGES = ['/help', '/help/troubleshooting', '/help/troubleshooting/chat-messages-not-sending', '/help/search?q=gateway']
const REFERENCE_PAYLOAD_BYTES = 18_981

export async function benchSite(lighthouseRuns: number) {
  const site = await serveStatic('.output/public')
  try {
    const budget = READING_PAGE_BUDGET
    console.log(`\n## Page weight (first load, transfer bytes gzip; budget on reading pages: JS ≤ ${kb(budget.js)} KB, CSS ≤ ${kb(budget.css)} KB, JS + CSS ≤ ${kb(budget.jsAndCss)} KB, everything ≤ ${kb(budget.everything)} KB)`)
    console.log('| page | JS | CSS | JS + CSS | HTML | fonts | everything | files | forbidden loads |')
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const weight of await measurePageWeights(site.origin, PAGES)) {
      const t = weight.totals
      const files = Object.values(t).reduce((sum, k) => sum + k.files, 0)
      console.log(`| ${weight.path} | ${kb(t.js.bytes)} KB (${t.js.files}) | ${kb(t.css.bytes)} KB | ${kb(t.js.bytes + t.css.bytes)} KB | ${kb(t.html.bytes)} KB | ${kb(t.font.bytes)} KB | ${kb(Object.values(t).reduce((sum, k) => sum + k.bytes, 0))} KB | ${files} | ${weight.forbidden.join(', ') || 'none'} |`)
    }

    // Pages load no payload; the article's data is published once, as its JSON in the help API.
    const json = statSync('.output/public/help/api/v1/articles/troubleshooting/chat-messages-not-sending.json').size
    console.log(`\n## Article JSON (/help/api/v1/articles/…, not loaded by pages): ${json} bytes; the reference page's payload was ${REFERENCE_PAYLOAD_BYTES}`)

    if (lighthouseRuns > 0) {
      console.log(`\n## Lighthouse (mobile, default throttling, median of ${lighthouseRuns}; budget: 100 everywhere on home, category and article; search page Performance ≥ 98)`)
      console.log('| page | Performance | Accessibility | Best Practices | SEO | FCP | LCP | TBT | CLS | not passing |')
      console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
      for (const run of await runLighthouse(site.origin, PAGES, lighthouseRuns)) {
        const s = run.scores
        const m = run.metrics
        console.log(`| ${run.path} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${Math.round(m.fcpMs)} ms | ${Math.round(m.lcpMs)} ms | ${Math.round(m.tbtMs)} ms | ${m.cls.toFixed(3)} | ${run.failing.join(', ') || '—'} |`)
      }
    }
  }
  finally {
    await site.close()
  }
}
