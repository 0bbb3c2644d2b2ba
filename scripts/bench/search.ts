/** Search budgets: index size, bytes before the first result, load and query times. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import MiniSearch from 'minisearch'
import { buildSearchIndex } from '../../shared/search/build-index'
import type { SearchIndexFiles } from '../../shared/search/build-index'
import { HelpSearch } from '../../shared/search/query'
import { unpackShard } from '../../shared/search/shard-format'
import { MINISEARCH_OPTIONS, SEARCH_FIELDS, shardFileName, shardKey, TEXT_FIELD_ID } from '../../shared/search/shards'
import { queryTerms } from '../../shared/search/tokenize'
import { syntheticCorpus } from './corpus'
import { kb, median, percentile, time, timeAsync } from './stats'

const QUERIES = ['gateway', 'gatew', 'quota', 'disconn', 'gatway', 'conection', 'permision', 'port busy', 'api key invalid',
  'firewall proxy', 'restart gateway', 'settings', 'sign in expired session', 'invalid token', 'workspace url', 'rate limit']

function fileOf(files: SearchIndexFiles, path: string): string {
  if (path === 'meta.json') return JSON.stringify(files.meta)
  const [, kind, file] = path.split('/')
  const name = file!.replace('.json', '')
  return kind === 'articles' ? JSON.stringify(files.articles[Number(name)]) : files.shards.get(name)!
}

const gz = (text: string) => gzipSync(text).length

// Processes whose latencies are measured: one process's p95 moves with whatever
// else the machine runs meanwhile, so the figures are medians over processes.
const LATENCY_RUNS = 3

/**
 * Query latency (prefix + fuzzy, many repetitions) over `files`, measured as
 * ./query-latency.ts says why: p50 and p95 are the medians of each process's own,
 * and `p95Runs` lists those.
 */
function queryLatency(files: Record<string, string>): { p50: number, p95: number, p95Runs: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'help-query-latency-'))
  try {
    writeFileSync(join(dir, 'files.json'), JSON.stringify({ files, queries: QUERIES }))
    const runs = Array.from({ length: LATENCY_RUNS }, () => {
      const run = spawnSync(process.execPath, ['--import', 'jiti/register', 'scripts/bench/query-latency.ts', join(dir, 'files.json')], { encoding: 'utf8' })
      if (run.status !== 0) throw new Error(`query-latency failed: ${run.stderr}`)
      return JSON.parse(run.stdout) as { p50: number, p95: number }
    })
    return { p50: median(runs.map(run => run.p50)), p95: median(runs.map(run => run.p95)), p95Runs: runs.map(run => run.p95) }
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function benchSearch(count: number, codeBytesGzip: number) {
  const articles = syntheticCorpus(count)
  const { value: files, ms: buildMs } = time(() => buildSearchIndex(articles))
  const all = [JSON.stringify(files.meta), ...files.shards.values(), ...files.articles.map(a => JSON.stringify(a))]
  const raw = all.reduce((sum, f) => sum + Buffer.byteLength(f), 0)
  const gzip = all.reduce((sum, f) => sum + gz(f), 0)
  const shardSizes = [...files.shards.values()].map(gz).sort((a, b) => a - b)

  // Bytes before the first result: what a fresh page fetches for one query.
  const firstResultBytes: number[] = []
  const loadMs: number[] = []
  const loaded = new Set<string>()
  for (const query of QUERIES) {
    const fetched = new Set<string>()
    const search = new HelpSearch(async (path) => {
      fetched.add(path)
      loaded.add(path)
      return JSON.parse(fileOf(files, path))
    })
    const { ms } = await timeAsync(() => search.search(query))
    loadMs.push(ms)
    firstResultBytes.push(codeBytesGzip + [...fetched].reduce((sum, p) => sum + gz(fileOf(files, p)), 0))
  }

  // The longest synchronous steps of loading a shard: parsing and unpacking the largest one.
  const largest = [...files.shards.values()].sort((a, b) => b.length - a.length)[0]!
  const unpack = () => unpackShard(JSON.parse(largest), SEARCH_FIELDS, TEXT_FIELD_ID, files.meta.articleCount, files.meta.averageFieldLength)
  const parseMs = median(Array.from({ length: 5 }, () => time(unpack).ms))
  const loadJsonMs = median(Array.from({ length: 3 }, () => time(() => MiniSearch.loadJS(unpack(), MINISEARCH_OPTIONS)).ms))

  const queryMs = queryLatency(Object.fromEntries([...loaded].map(path => [path, fileOf(files, path)])))

  const shardsPerQuery = QUERIES.map(q => new Set(queryTerms(q).map(t => shardFileName(shardKey(t)))).size)
  return {
    articles: count,
    buildSeconds: buildMs / 1000,
    indexRawKB: kb(raw),
    indexGzipKB: kb(gzip),
    gzipBytesPerArticle: Math.round(gzip / count),
    shards: files.shards.size,
    shardGzipKB: { median: kb(median(shardSizes)), max: kb(shardSizes.at(-1)!) },
    shardsPerQuery: median(shardsPerQuery),
    firstResultKB: { median: kb(median(firstResultBytes)), max: kb(Math.max(...firstResultBytes)) },
    coldQueryMs: { median: median(loadMs), p95: percentile(loadMs, 95) },
    largestShardUnpackMs: parseMs,
    largestShardLoadSyncMs: loadJsonMs,
    queryMs,
  }
}
