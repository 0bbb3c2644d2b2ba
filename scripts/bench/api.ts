/**
 * The help API under load: a server build on SQLite, its rate limit off
 * (`HELP_API_RATE_LIMIT=0`), sent 20,000 posts by autocannon over 50
 * connections (after 5,000 more to warm it up), half "Was this helpful?"
 * answers and half searches that found nothing. Prints requests per second
 * and latency, then stops the server and counts the rows: every 204 must be a
 * stored row.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { openDatabase } from '../../server/help-api/store'
import { startNodeServer } from './server'

const WARM_UP = 5_000

export interface ApiBench {
  connections: number
  requests: number
  seconds: number
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  answered204: number
  otherAnswers: number
  errors: number
  storedRows: number
}

export async function benchApi(outputDir: string, { connections = 50, requests: amount = 20_000 } = {}): Promise<ApiBench> {
  const dir = mkdtempSync(join(tmpdir(), 'help-api-bench-'))
  const path = join(dir, 'feedback.sqlite')
  const server = await startNodeServer(outputDir, { HELP_API_RATE_LIMIT: '0', DATABASE_URL: '', HELP_DATABASE_PATH: path })
  try {
    const headers = { 'content-type': 'application/json', 'origin': server.origin }
    const requests = [
      { method: 'POST' as const, path: '/help/api/feedback', headers, body: JSON.stringify({ article: '/help/troubleshooting/gateway-fails-to-start', helpful: false, reason: 'hard-to-follow', note: 'Step 3 shows another port: 18789' }) },
      { method: 'POST' as const, path: '/help/api/search-gaps', headers, body: JSON.stringify({ query: 'gateway proxy pac file', source: 'dialog' }) },
    ]
    // Warm up at full concurrency, as a server that has been running is: the
    // first posts load the list of published articles and leave V8 compiling
    // the request path, which a cold run of 20,000 shows as a p99 of its own.
    await autocannon({ url: server.origin, connections, amount: WARM_UP, requests })
    // A set number of requests rather than a duration: every one is answered before the rows are counted.
    const result = await autocannon({ url: server.origin, connections, amount, requests })
    await server.stop()
    const db = await openDatabase({ kind: 'sqlite', path })
    const count = async (table: string) => Number((await db.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number }).count)
    const storedRows = await count('help_feedback') + await count('help_search_gaps') - WARM_UP
    await db.dispose()
    return {
      connections,
      requests: amount,
      seconds: Math.round(result.duration * 10) / 10,
      requestsPerSecond: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      answered204: result['2xx'],
      otherAnswers: result.non2xx,
      errors: result.errors + result.timeouts,
      storedRows,
    }
  }
  finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
