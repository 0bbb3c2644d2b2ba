import type { Database } from 'db0'
import { daysBefore } from '../../server/help-api/store'

export interface ArticleFeedback {
  article: string
  /** Readers who found it helpful, each device counted once. */
  yes: number
  no: number
  /** yes / (yes + no), from 0 to 1; null with no answers. */
  helpfulRate: number | null
  /** Why it didn't help: each reason given with a No, most common first. */
  reasons: Record<string, number>
  /** The latest notes, newest first (redacted when they were stored). */
  notes: string[]
}

export interface SearchGap {
  query: string
  count: number
}

export interface HelpReport {
  /** The first day counted, YYYY-MM-DD (UTC). */
  since: string
  days: number
  /** Least helpful first. */
  articles: ArticleFeedback[]
  /** Most frequent first. */
  gaps: SearchGap[]
}

interface FeedbackCount {
  article: string
  helpful: number
  reason: string | null
  replaces: number | null
  count: number | string
}

/** How many notes of each article the report shows. */
const NOTES_PER_ARTICLE = 5

/**
 * Each article's answers: Yes and No counted, less the answers a changed one
 * replaced (a device counts once, with its latest answer); the reasons
 * given with every No.
 */
export function summariseFeedback(counts: FeedbackCount[], notes: Array<{ article: string, note: string }> = []): ArticleFeedback[] {
  const articles = new Map<string, ArticleFeedback>()
  const of = (article: string) => articles.get(article) ?? articles.set(article, { article, yes: 0, no: 0, helpfulRate: null, reasons: {}, notes: [] }).get(article)!
  for (const row of counts) {
    const entry = of(row.article)
    const count = Number(row.count)
    if (Number(row.helpful) === 1) entry.yes += count
    else entry.no += count
    if (row.replaces !== null && row.replaces !== undefined) {
      if (Number(row.replaces) === 1) entry.yes -= count
      else entry.no -= count
    }
    if (Number(row.helpful) === 0 && row.reason) entry.reasons[row.reason] = (entry.reasons[row.reason] ?? 0) + count
  }
  for (const { article, note } of notes) {
    const entry = of(article)
    if (entry.notes.length < NOTES_PER_ARTICLE) entry.notes.push(note)
  }
  for (const entry of articles.values()) {
    entry.yes = Math.max(0, entry.yes)
    entry.no = Math.max(0, entry.no)
    entry.helpfulRate = entry.yes + entry.no ? entry.yes / (entry.yes + entry.no) : null
    entry.reasons = Object.fromEntries(Object.entries(entry.reasons).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)))
  }
  return [...articles.values()].sort((a, b) =>
    (a.helpfulRate ?? 2) - (b.helpfulRate ?? 2) || b.no - a.no || a.article.localeCompare(b.article))
}

/** The report of the last `days` days (today included), from the help API's database. */
export async function loadReport(db: Database, { days = 30, gapLimit = 20, now = new Date() } = {}): Promise<HelpReport> {
  const since = daysBefore(now, days - 1)
  const counts = await db.prepare(
    'SELECT article, helpful, reason, replaces, COUNT(*) AS count FROM help_feedback WHERE day >= ? GROUP BY article, helpful, reason, replaces',
  ).all(since) as FeedbackCount[]
  const notes = await db.prepare(
    'SELECT article, note FROM help_feedback WHERE day >= ? AND note IS NOT NULL ORDER BY day DESC LIMIT 2000',
  ).all(since) as Array<{ article: string, note: string }>
  const gaps = await db.prepare(
    'SELECT query, COUNT(*) AS count FROM help_search_gaps WHERE day >= ? GROUP BY query ORDER BY count DESC, query ASC LIMIT ?',
  ).all(since, gapLimit) as Array<{ query: string, count: number | string }>
  return {
    since,
    days,
    articles: summariseFeedback(counts, notes),
    gaps: gaps.map(gap => ({ query: gap.query, count: Number(gap.count) })),
  }
}
