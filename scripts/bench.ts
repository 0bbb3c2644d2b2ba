/**
 * `npm run bench`: prints the help center's budgets as measured figures.
 * Timings are medians of several runs; the machine is noisy, read ratios.
 *
 *   BENCH_SIZES=1000,10000    synthetic corpus sizes for the search index
 *   BENCH_LIGHTHOUSE=3        Lighthouse runs per page (0 to skip)
 *   BENCH_SCALE=1000,10000    full `npm run generate` with that many extra articles (empty to skip)
 *   BENCH_SERVER=.output      the server build whose help API is loaded (`npm run build`)
 *   BENCH_ONLY=api            run only these sections (site, search, scale, api; comma-separated)
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { benchApi } from './bench/api'
import { benchScale, removeScaleOutputs } from './bench/scale'
import { benchSearch } from './bench/search'
import { measureSearchCode } from './bench/search-code'
import { serveStatic } from './bench/server'
import { benchSite } from './bench/site'
import { benchSlowNetwork } from './bench/slow-network'
import { kb } from './bench/stats'

const list = (value: string | undefined, fallback: string) => (value ?? fallback).split(',').filter(Boolean).map(Number)
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean)
const runs = (section: string) => !only || only.includes(section)

if (runs('site')) {
  if (existsSync('.output/public/help/index.html')) await benchSite(Number(process.env.BENCH_LIGHTHOUSE ?? 3))
  else console.log('No generated site: run `npm run generate` first to measure page weight, payload and Lighthouse.')
}

if (runs('search')) {
  console.log('\n## Search on the generated site (open search, type a query, first result)')
  const site = await measureSearchCode()
  if (site) console.log(`search code ${kb(site.codeBytes)} KB gzip, index ${kb(site.indexBytes)} KB gzip, ${site.files} files`)

  console.log('\n## Search on a slow connection (Slow 4G, 4× CPU slowdown, median of 3; budget: ≤ 800 ms and ≤ 3 round trips from Ctrl+K, ≤ 1,500 ms for a cold search page)')
  if (site) {
    const server = await serveStatic('.output/public')
    try {
      console.log(JSON.stringify(await benchSlowNetwork(server.origin)))
    }
    finally {
      await server.close()
    }
  }

  console.log('\n## Search index (synthetic corpus; first-result bytes include the search code above)')
  for (const size of list(process.env.BENCH_SIZES, '1000,10000')) {
    console.log(JSON.stringify(await benchSearch(size, site?.codeBytes ?? 0)))
  }
}

if (runs('api')) {
  const server = process.env.BENCH_SERVER ?? '.output'
  console.log('\n## Help API under load (SQLite, 50 connections, rate limit off; target ≥ 2,000 requests/s, p99 ≤ 50 ms, every 204 stored)')
  if (existsSync(join(server, 'server/index.mjs'))) console.log(JSON.stringify(await benchApi(server)))
  else console.log(`No server build in ${server}: run \`npm run build\` first (or set BENCH_SERVER).`)
}

const scale = runs('scale') ? list(process.env.BENCH_SCALE, '1000,10000') : []
if (scale.length) {
  console.log('\n## Build at scale (budget: ≤ 30 s per 1,000 articles, linear, peak memory ≤ 2 GB at 10,000)')
  for (const size of scale) console.log(JSON.stringify(await benchScale(size)))
  removeScaleOutputs()
}
