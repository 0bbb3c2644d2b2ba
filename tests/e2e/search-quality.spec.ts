import { expect, test } from '@playwright/test'
import { measureSearchQuality, readQualityQueries, searchBuiltIndex } from '../search-quality/gate'

// The search-quality gate: readers' queries (tests/search-quality/queries.yml)
// against the index of the built site, in Node (no browser needed).
test('search answers readers\' queries: top-3 hit rate ≥ 95%, mean reciprocal rank ≥ 0.85', async () => {
  const queries = readQualityQueries()
  expect(queries.length).toBeGreaterThanOrEqual(80)
  const report = await measureSearchQuality(searchBuiltIndex('.output/public'), queries)
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`
  console.log(`search quality: ${report.queries} queries, top-1 ${percent(report.top1)}, top-3 ${percent(report.top3)}, MRR ${report.mrr.toFixed(3)}`)
  for (const miss of report.misses) console.log(`  miss: "${miss.query}" → ${miss.got.join(', ') || 'nothing'} (wanted ${miss.answers.join(' or ')})`)
  expect(report.top3).toBeGreaterThanOrEqual(0.95)
  expect(report.mrr).toBeGreaterThanOrEqual(0.85)
})
