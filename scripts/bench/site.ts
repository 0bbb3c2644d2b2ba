/** Page weight, payload size and Lighthouse scores of the generated site. */
import { readFileSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { runLighthouse } from './lighthouse'
import { serveStatic } from './server'
import { kb } from './stats'
import { measurePageWeights } from './weight'

const PAGES = ['/help', '/help/troubleshooting', '/help/troubleshooting/chat-messages-not-sending', '/help/search?q=gateway']
const REFERENCE_PAYLOAD_BYTES = 18_981

export async function benchSite(lighthouseRuns: number) {
  const site = await serveStatic('.output/public')
  try {
    console.log('\n## Page weight (first load, transfer bytes gzip; budget: JS + CSS ≤ 80 KB, HTML ≤ 20 KB on an article)')
    console.log('| page | JS | CSS | JS + CSS | HTML | fonts | payload | files | forbidden loads |')
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const weight of await measurePageWeights(site.origin, PAGES)) {
      const t = weight.totals
      const files = Object.values(t).reduce((sum, k) => sum + k.files, 0)
      console.log(`| ${weight.path} | ${kb(t.js.bytes)} KB (${t.js.files}) | ${kb(t.css.bytes)} KB | ${kb(t.js.bytes + t.css.bytes)} KB | ${kb(t.html.bytes)} KB | ${kb(t.font.bytes)} KB | ${kb(t.payload.bytes)} KB | ${files} | ${weight.forbidden.join(', ') || 'none'} |`)
    }

    const payloadPath = '.output/public/help/troubleshooting/chat-messages-not-sending/_payload.json'
    const payload = statSync(payloadPath).size
    console.log(`\n## Article payload: ${payload} bytes (${Math.round((payload / REFERENCE_PAYLOAD_BYTES) * 100)}% of the reference's ${REFERENCE_PAYLOAD_BYTES}; budget ≤ 40%), ${gzipSync(readFileSync(payloadPath)).length} bytes gzip`)

    if (lighthouseRuns > 0) {
      console.log(`\n## Lighthouse (mobile, default throttling, median of ${lighthouseRuns}; budget: Performance ≥ 95, the others 100)`)
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
