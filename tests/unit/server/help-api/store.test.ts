import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HelpStore } from '../../../../server/help-api/store'
import { dayOf, daysBefore, openHelpStore } from '../../../../server/help-api/store'

describe('the help store on SQLite', () => {
  let dir: string
  let store: HelpStore
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'help-store-'))
    store = await openHelpStore({ kind: 'sqlite', path: join(dir, 'feedback.sqlite') })
  })
  afterEach(async () => {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes the rows of many requests at once, each promise settling when its row is stored', async () => {
    const now = new Date('2026-11-25T23:59:59Z')
    await Promise.all(Array.from({ length: 600 }, (_, i) => store.addFeedback({ article: `/help/a/b${i % 3}`, helpful: i % 2 === 0 }, now)))
    expect(await store.db.prepare('SELECT article, COUNT(*) AS count FROM help_feedback GROUP BY article ORDER BY article').all())
      .toEqual([{ article: '/help/a/b0', count: 200 }, { article: '/help/a/b1', count: 200 }, { article: '/help/a/b2', count: 200 }])
    expect(await store.db.prepare('SELECT DISTINCT day FROM help_feedback').all()).toEqual([{ day: '2026-11-25' }])
  })

  it('fails each caller of a group that could not be written', async () => {
    await store.db.exec('DROP TABLE help_search_gaps')
    await expect(store.addSearchGap({ query: 'quota', source: 'dialog' })).rejects.toThrow(/no such table/)
  })

  it('purges what is older than the retention period', async () => {
    const now = new Date('2026-11-25T12:00:00Z')
    await store.addSearchGap({ query: 'old', source: 'page' }, new Date('2026-05-28T12:00:00Z'))
    await store.addSearchGap({ query: 'kept', source: 'page' }, new Date('2026-05-29T12:00:00Z'))
    await store.addFeedback({ article: '/help/a/b', helpful: true }, new Date('2026-01-01T00:00:00Z'))
    await store.purge(180, now)
    expect(await store.db.prepare('SELECT query FROM help_search_gaps').all()).toEqual([{ query: 'kept' }])
    expect(await store.db.prepare('SELECT * FROM help_feedback').all()).toEqual([])
  })

  it('keeps only the day, in UTC', () => {
    expect(dayOf(new Date('2026-11-25T23:30:00-05:00'))).toBe('2026-11-26')
    expect(daysBefore(new Date('2026-03-01T10:00:00Z'), 1)).toBe('2026-02-28')
  })
})
