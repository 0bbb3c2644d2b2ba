/**
 * `npm run bench`: prints the help center's budgets as measured figures.
 * Timings are medians of several runs; the machine is noisy, read ratios.
 */
import { benchSearch } from './bench/search'

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number)
const codeBytes = Number(process.env.SEARCH_CODE_BYTES ?? 0)

console.log('\n## Search index (synthetic corpus)')
for (const size of sizes) {
  console.log(JSON.stringify(await benchSearch(size, codeBytes), null, 1))
}
