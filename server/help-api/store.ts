import { resolve } from 'node:path'
import type { Database } from 'db0'
import { createDatabase } from 'db0'
import sqlite from 'db0/connectors/node-sqlite'
import postgresql from 'db0/connectors/postgresql'
import type { FeedbackReason, SearchGapSource } from '../../shared/feedback/fields'
import { BatchInsert } from './batch-insert'
import type { DatabaseConfig } from './config'

/**
 * Every column the help API stores, and nothing else: no address, no
 * identifier, no time of day. Rows are never updated or read back by the
 * API, only counted by `npm run report` and deleted when they are too old.
 */
export const FEEDBACK_COLUMNS = ['day', 'article', 'helpful', 'reason', 'note', 'replaces'] as const
export const SEARCH_GAP_COLUMNS = ['day', 'query', 'source'] as const

/** Written the same for SQLite and PostgreSQL. `day` is the UTC date, YYYY-MM-DD; 1/0 stand for yes/no. */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS help_feedback (
    day TEXT NOT NULL,
    article TEXT NOT NULL,
    helpful SMALLINT NOT NULL,
    reason TEXT,
    note TEXT,
    replaces SMALLINT
  )`,
  `CREATE INDEX IF NOT EXISTS help_feedback_day ON help_feedback (day)`,
  `CREATE TABLE IF NOT EXISTS help_search_gaps (
    day TEXT NOT NULL,
    query TEXT NOT NULL,
    source TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS help_search_gaps_day ON help_search_gaps (day)`,
]

export interface FeedbackEntry {
  article: string
  helpful: boolean
  reason?: FeedbackReason
  note?: string
  replaces?: boolean
}

export interface SearchGapEntry {
  query: string
  source: SearchGapSource
}

/** The UTC date of a moment, YYYY-MM-DD: the only time a row keeps. */
export const dayOf = (date: Date) => date.toISOString().slice(0, 10)

/** The day `days` days before `date`. */
export const daysBefore = (date: Date, days: number) => dayOf(new Date(date.getTime() - days * 86_400_000))

const bit = (value: boolean | undefined) => value === undefined ? null : value ? 1 : 0

/**
 * The database as db0 connects to it: PostgreSQL through `pg`, or a SQLite
 * file through Node's built-in `node:sqlite`, in write-ahead-log mode (readers
 * such as `npm run report` never block the server's writes, and a commit
 * appends to the log).
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgresql') return createDatabase(postgresql({ url: config.url }))
  const db = createDatabase(sqlite({ path: resolve(config.path) }))
  await db.exec('PRAGMA journal_mode = WAL')
  // Each commit reaches the operating system before the API answers: a crash or restart of the
  // server loses nothing; only a power cut can lose the last moment's writes.
  await db.exec('PRAGMA synchronous = NORMAL')
  await db.exec('PRAGMA busy_timeout = 5000')
  return db
}

/** Creates the tables and indexes that are missing. Two servers starting at once may race on PostgreSQL: the loser tries again. */
export async function createSchema(db: Database): Promise<void> {
  for (const statement of SCHEMA) {
    await db.exec(statement).catch(() => db.exec(statement))
  }
}

export interface HelpStore {
  readonly db: Database
  addFeedback(entry: FeedbackEntry, now?: Date): Promise<void>
  addSearchGap(entry: SearchGapEntry, now?: Date): Promise<void>
  /** Deletes every entry older than `retentionDays` days. */
  purge(retentionDays: number, now?: Date): Promise<void>
  /** Waits for the rows being written, then disconnects. */
  close(): Promise<void>
}

export async function openHelpStore(config: DatabaseConfig): Promise<HelpStore> {
  const db = await openDatabase(config)
  await createSchema(db)
  const feedback = new BatchInsert(db, 'help_feedback', FEEDBACK_COLUMNS)
  const searchGaps = new BatchInsert(db, 'help_search_gaps', SEARCH_GAP_COLUMNS)
  return {
    db,
    addFeedback: (entry, now = new Date()) =>
      feedback.insert([dayOf(now), entry.article, bit(entry.helpful), entry.reason ?? null, entry.note ?? null, bit(entry.replaces)]),
    addSearchGap: (entry, now = new Date()) =>
      searchGaps.insert([dayOf(now), entry.query, entry.source]),
    async purge(retentionDays, now = new Date()) {
      const oldest = daysBefore(now, retentionDays)
      await db.prepare('DELETE FROM help_feedback WHERE day < ?').run(oldest)
      await db.prepare('DELETE FROM help_search_gaps WHERE day < ?').run(oldest)
    },
    async close() {
      await Promise.all([feedback.settled(), searchGaps.settled()])
      await db.dispose()
    },
  }
}
