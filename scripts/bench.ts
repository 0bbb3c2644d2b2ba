/**
 * `npm run bench`: prints the help center's budgets as measured figures.
 * Timings are medians of several runs; the machine is noisy, read ratios.
 */
import { benchSearch } from './bench/search'
import { measureSearchCode } from './bench/search-code'
import { kb } from './bench/stats'

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number)

console.log('\n## Search on the generated site (open search, type a query, first result)')
const site = await measureSearchCode()
if (site) console.log(`search code ${kb(site.codeBytes)} KB gzip, index ${kb(site.indexBytes)} KB gzip, ${site.files} files`)
else console.log('no generated site: run `npm run generate` first to measure the search code')

console.log('\n## Search index (synthetic corpus; first-result bytes include the search code above)')
for (const size of sizes) {
  console.log(JSON.stringify(await benchSearch(size, site?.codeBytes ?? 0), null, 1))
}
