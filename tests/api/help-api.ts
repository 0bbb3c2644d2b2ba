import type { Database } from 'db0'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseConfig } from '../../server/help-api/config'
import { createSchema, dayOf, daysBefore, openDatabase } from '../../server/help-api/store'
import { loadReport } from '../../scripts/report/load'
import type { HelpServer } from './server'
import { postJson, send, startHelpServer } from './server'

const ARTICLE = '/help/troubleshooting/gateway-fails-to-start'
const OTHER_ARTICLE = '/help/gateway/change-the-gateway-port'
const FEEDBACK = '/help/api/feedback'
const GAPS = '/help/api/search-gaps'

/** How the server is told where to store, for a database config. */
export function databaseEnv(config: DatabaseConfig): Record<string, string> {
  return config.kind === 'postgresql' ? { DATABASE_URL: config.url } : { DATABASE_URL: '', HELP_DATABASE_PATH: config.path }
}

async function rowCount(db: Database, table: string): Promise<number> {
  const row = await db.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number | string }
  return Number(row.count)
}

/**
 * The help API of a built server, on one database: what is stored, what is
 * refused, the rate limit, a crash and a restart under 1,000 concurrent posts,
 * the retention purge and the report. Each test starts from empty tables.
 */
export function describeHelpApi(name: string, database: () => DatabaseConfig) {
  describe(`the help API on ${name}`, () => {
    let db: Database
    let server: HelpServer
    const env = () => ({ ...databaseEnv(database()), HELP_API_RATE_LIMIT: '0' })
    const stored = async () => ({ feedback: await rowCount(db, 'help_feedback'), gaps: await rowCount(db, 'help_search_gaps') })
    const empty = async () => {
      await db.exec('DELETE FROM help_feedback')
      await db.exec('DELETE FROM help_search_gaps')
    }

    beforeAll(async () => {
      db = await openDatabase(database())
      await createSchema(db)
      await empty()
      server = await startHelpServer(env())
    })
    afterAll(async () => {
      await server?.stop()
      await db?.dispose()
    })

    it('stores a Yes: the article, the answer and the day, nothing else', async () => {
      await empty()
      const answer = await postJson(server, FEEDBACK, { article: ARTICLE, helpful: true })
      expect(answer.status, answer.text).toBe(204)
      expect(answer.text).toBe('')
      expect(await db.prepare('SELECT * FROM help_feedback').all()).toEqual([
        { day: dayOf(new Date()), article: ARTICLE, helpful: 1, reason: null, note: null, replaces: null },
      ])
    })

    it('stores a No with its reason and its note, redacted', async () => {
      await empty()
      const note = 'Still EADDRINUSE on 18789. My key sk-proj-4fG7hJ2kL9mN3pQ8rS1tU6vW, logs in /Users/ana/.openclaw, mail ana@example.com'
      const answer = await postJson(server, FEEDBACK, { article: ARTICLE, helpful: false, reason: 'steps-did-not-work', note, replaces: true })
      expect(answer.status, answer.text).toBe(204)
      expect(await db.prepare('SELECT article, helpful, reason, note, replaces FROM help_feedback').all()).toEqual([{
        article: ARTICLE, helpful: 0, reason: 'steps-did-not-work', replaces: 1,
        note: 'Still EADDRINUSE on 18789. My key [api key], logs in /Users/[user]/.openclaw, mail [email]',
      }])
    })

    it('stores a search that found nothing, normalised and redacted', async () => {
      await empty()
      expect((await postJson(server, GAPS, { query: '  Token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abc  FAILS ', source: 'page' })).status).toBe(204)
      expect((await postJson(server, GAPS, { query: 'quota' })).status).toBe(204)
      expect(await db.prepare('SELECT day, query, source FROM help_search_gaps ORDER BY query').all()).toEqual([
        { day: dayOf(new Date()), query: 'quota', source: 'dialog' },
        { day: dayOf(new Date()), query: 'token [token] fails', source: 'page' },
      ])
    })

    const json = (body: unknown) => ({ body: JSON.stringify(body) })
    const refused: Array<[string, string, { body: string, headers?: Record<string, string | null> }, number, string]> = [
      ['helpful as text', FEEDBACK, json({ article: ARTICLE, helpful: 'yes' }), 400, 'helpful'],
      ['an article that is a number', FEEDBACK, json({ article: 42, helpful: true }), 400, 'article'],
      ['no article', FEEDBACK, json({ helpful: true }), 400, 'article'],
      ['no answer', FEEDBACK, json({ article: ARTICLE }), 400, 'helpful'],
      ['an article that is not published', FEEDBACK, json({ article: '/help/troubleshooting/no-such-article', helpful: true }), 400, 'article'],
      ['a page that is not an article', FEEDBACK, json({ article: '/help/troubleshooting', helpful: true }), 400, 'article'],
      ['a reason that is not on the list', FEEDBACK, json({ article: ARTICLE, helpful: false, reason: 'boring' }), 400, 'reason'],
      ['a reason with a Yes', FEEDBACK, json({ article: ARTICLE, helpful: true, reason: 'other' }), 400, 'reason'],
      ['a note of 501 characters', FEEDBACK, json({ article: ARTICLE, helpful: false, note: 'x'.repeat(501) }), 400, 'note'],
      ['a script in a note', FEEDBACK, json({ article: ARTICLE, helpful: false, note: 'see <script>alert(1)</script>' }), 400, 'note'],
      ['a field the API does not know', FEEDBACK, json({ article: ARTICLE, helpful: true, userId: 'u-1' }), 400, 'userId'],
      ['a body that is not an object', FEEDBACK, json([ARTICLE, true]), 400, 'body'],
      ['invalid JSON', FEEDBACK, { body: '{"article": "/help/x/y", "helpful": tru' }, 400, 'body'],
      ['a body over 2 KB', FEEDBACK, json({ article: ARTICLE, helpful: false, note: 'é'.repeat(1100) }), 413, 'body'],
      ['JSON sent as text/plain', FEEDBACK, { ...json({ article: ARTICLE, helpful: true }), headers: { 'content-type': 'text/plain' } }, 415, 'content-type'],
      ['a form post', FEEDBACK, { body: 'article=%2Fhelp&helpful=true', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'content-type'],
      ['a post from another site', FEEDBACK, { ...json({ article: ARTICLE, helpful: true }), headers: { origin: 'https://evil.example' } }, 403, 'origin'],
      ['a post with no Origin', FEEDBACK, { ...json({ article: ARTICLE, helpful: true }), headers: { origin: null } }, 403, 'origin'],
      ['an empty query', GAPS, json({ query: '   ' }), 400, 'query'],
      ['a query that is not text', GAPS, json({ query: ['quota'] }), 400, 'query'],
      ['a query of 201 characters', GAPS, json({ query: 'q'.repeat(201) }), 400, 'query'],
      ['a script in a query', GAPS, json({ query: '<img src=x onerror=alert(1)>' }), 400, 'query'],
      ['a source that is not on the list', GAPS, json({ query: 'quota', source: 'email' }), 400, 'source'],
    ]

    it.each(refused)('refuses %s, names the field and stores nothing', async (_, path, request, status, field) => {
      await empty()
      const answer = await postJson(server, path, request.body, request.headers)
      expect(answer.status, answer.text).toBe(status)
      expect(answer.headers['content-type']).toMatch(/^application\/json/)
      expect(answer.json()).toEqual({ error: expect.stringMatching(/\w/), field })
      expect(await stored()).toEqual({ feedback: 0, gaps: 0 })
    })

    it('is only at its own paths: a longer path is not the API, a query string does not matter', async () => {
      await empty()
      for (const path of [`${FEEDBACK}x`, `${FEEDBACK}/more`, `${GAPS}/x`]) {
        const answer = await postJson(server, path, { article: ARTICLE, helpful: true, query: 'quota' })
        expect(answer.status, path).toBe(404)
      }
      expect(await stored()).toEqual({ feedback: 0, gaps: 0 })
      const answer = await postJson(server, `${FEEDBACK}?from=test`, { article: ARTICLE, helpful: true })
      expect(answer.status, answer.text).toBe(204)
      expect(await stored()).toEqual({ feedback: 1, gaps: 0 })
    })

    it('answers anything but POST with 405', async () => {
      const answer = await send(`${server.origin}${FEEDBACK}`)
      expect(answer.status).toBe(405)
      expect(answer.headers.allow).toBe('POST')
    })

    it('limits each client to HELP_API_RATE_LIMIT requests a minute', async () => {
      await empty()
      const limited = await startHelpServer({ ...databaseEnv(database()), HELP_API_RATE_LIMIT: '5' })
      try {
        const answers = []
        for (let i = 0; i < 7; i++) answers.push(await postJson(limited, GAPS, { query: `limit ${i}` }))
        expect(answers.map(a => a.status)).toEqual([204, 204, 204, 204, 204, 429, 429])
        expect(Number(answers[5]!.headers['retry-after'])).toBeGreaterThan(0)
        expect(answers[5]!.json()).toMatchObject({ field: 'body' })
        expect(await stored()).toEqual({ feedback: 0, gaps: 5 })
      }
      finally {
        await limited.stop()
      }
    })

    it('loses none of 1,000 concurrent posts, through a crash and a restart', async () => {
      await empty()
      const answers = await Promise.all(Array.from({ length: 1000 }, (_, i) => i % 2
        ? postJson(server, FEEDBACK, { article: i % 4 === 1 ? ARTICLE : OTHER_ARTICLE, helpful: i % 3 === 0 })
        : postJson(server, GAPS, { query: `concurrent ${i % 10}` })))
      expect(answers.filter(a => a.status !== 204).map(a => a.text)).toEqual([])
      // Killed, not asked to stop: an answer of 204 means the row was already committed.
      await server.stop('SIGKILL')
      server = await startHelpServer(env())
      expect(await stored()).toEqual({ feedback: 500, gaps: 500 })
      expect((await postJson(server, FEEDBACK, { article: ARTICLE, helpful: true })).status).toBe(204)
      expect((await stored()).feedback).toBe(501)
    })

    it('purges entries older than the retention period when it starts', async () => {
      await empty()
      const old = daysBefore(new Date(), 181)
      const recent = daysBefore(new Date(), 179)
      for (const day of [old, recent]) {
        await db.prepare('INSERT INTO help_feedback (day, article, helpful) VALUES (?, ?, 1)').run(day, ARTICLE)
        await db.prepare('INSERT INTO help_search_gaps (day, query, source) VALUES (?, ?, ?)').run(day, 'old query', 'dialog')
      }
      await server.stop()
      server = await startHelpServer(env())
      // The purge runs as the server starts; the first post waits for the same database.
      expect((await postJson(server, GAPS, { query: 'after restart' })).status).toBe(204)
      await expect.poll(async () => (await db.prepare('SELECT day FROM help_feedback').all() as Array<{ day: string }>).map(row => row.day)).toEqual([recent])
      expect((await db.prepare('SELECT day FROM help_search_gaps ORDER BY day').all() as Array<{ day: string }>).map(row => row.day)).toEqual([recent, dayOf(new Date())])
    })

    it('reports each article once per device, least helpful first, and the searches that found nothing', async () => {
      await empty()
      const posts = [
        { article: ARTICLE, helpful: true },
        { article: ARTICLE, helpful: false },
        // The same reader gives a reason: the bare No is replaced.
        { article: ARTICLE, helpful: false, reason: 'hard-to-follow', note: 'Too many steps', replaces: false },
        { article: OTHER_ARTICLE, helpful: true },
        { article: OTHER_ARTICLE, helpful: false, reason: 'not-my-problem' },
        // That reader changes their mind.
        { article: OTHER_ARTICLE, helpful: true, replaces: false },
      ]
      for (const body of posts) expect((await postJson(server, FEEDBACK, body)).status).toBe(204)
      for (const query of ['Quota exceeded', 'quota  exceeded?', 'proxy pac file']) expect((await postJson(server, GAPS, { query })).status).toBe(204)
      const report = await loadReport(db)
      expect(report.articles).toEqual([
        { article: ARTICLE, yes: 1, no: 1, helpfulRate: 0.5, reasons: { 'hard-to-follow': 1 }, notes: ['Too many steps'] },
        { article: OTHER_ARTICLE, yes: 2, no: 0, helpfulRate: 1, reasons: { 'not-my-problem': 1 }, notes: [] },
      ])
      expect(report.gaps).toEqual([{ query: 'quota exceeded', count: 2 }, { query: 'proxy pac file', count: 1 }])
    })
  })
}
