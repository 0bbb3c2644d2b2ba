/**
 * `npm run report`: what readers told the help center (content/README.md,
 * "Improve articles from feedback"). Reads the help API's database: the
 * PostgreSQL of `DATABASE_URL`, or the SQLite file of `HELP_DATABASE_PATH`
 * (default `.data/help-feedback.sqlite`).
 *
 *   npm run report                      the last 30 days, as text
 *   npm run report -- --days 7          the last 7 days
 *   npm run report -- --json            JSON for scripts
 *   npm run report -- --html report.html   one self-contained page
 *   npm run report -- --top 50          how many searches to list (default 20)
 */
import { existsSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { helpApiConfig } from '../server/help-api/config'
import { createSchema, openDatabase } from '../server/help-api/store'
import { reportHtml, reportJson, reportText } from './report/format'
import { loadReport } from './report/load'

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '30' },
    top: { type: 'string', default: '20' },
    json: { type: 'boolean', default: false },
    html: { type: 'string' },
  },
})

function count(name: string, text: string): number {
  if (!/^[1-9]\d*$/.test(text)) {
    console.error(`--${name} must be a whole number ≥ 1, not "${text}"`)
    process.exit(2)
  }
  return Number(text)
}

const days = count('days', values.days)
const gapLimit = count('top', values.top)
const config = helpApiConfig()
if (config.database.kind === 'sqlite' && !existsSync(config.database.path)) {
  console.error(`No feedback database at ${config.database.path}: the help API (npm run build, then npm start) creates it. Set HELP_DATABASE_PATH or DATABASE_URL to read another.`)
  process.exit(1)
}

const db = await openDatabase(config.database)
try {
  // A database the server has not written to yet reports nothing, rather than failing.
  await createSchema(db)
  const report = await loadReport(db, { days, gapLimit })
  if (values.html) {
    writeFileSync(values.html, reportHtml(report))
    console.log(`Wrote ${values.html}: ${report.articles.length} articles, ${report.gaps.length} searches that found nothing.`)
  }
  if (values.json) process.stdout.write(reportJson(report))
  else if (!values.html) process.stdout.write(reportText(report))
}
finally {
  await db.dispose()
}
