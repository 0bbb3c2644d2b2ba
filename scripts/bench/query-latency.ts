/**
 * Query latency with the index loaded, in a process of its own: `node --import
 * jiti/register scripts/bench/query-latency.ts <files.json>`, where the file holds
 * `{ files: { [path]: json }, queries }` — the index files the queries load.
 *
 * A reader's tab holds only the shards and records it loaded. The bench process
 * also holds the synthetic corpus and every file built from it, and on that heap
 * each young-generation collection takes 10–17 ms instead of 1–2 ms, which would
 * be measured as query time.
 */
import { readFileSync } from 'node:fs'
import { HelpSearch } from '../../shared/search/query'
import { percentile, timeAsync } from './stats'

const { files, queries } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { files: Record<string, string>, queries: string[] }
const search = new HelpSearch(async (path) => {
  if (!(path in files)) throw new Error(`query-latency: ${path} was not loaded by the bench`)
  return JSON.parse(files[path]!)
})
for (const query of queries) await search.search(query)
const latencies: number[] = []
for (let round = 0; round < 20; round++) {
  for (const query of queries) latencies.push((await timeAsync(() => search.search(query))).ms)
}
console.log(JSON.stringify({ p50: percentile(latencies, 50), p95: percentile(latencies, 95) }))
