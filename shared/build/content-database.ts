import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Nuxt } from 'nuxt/schema'

/**
 * Nuxt module: write-ahead logging for Nuxt Content's local database, where a
 * build caches every parsed file and writes the content its pages query.
 * Nuxt Content inserts each parsed file in a transaction of its own; in
 * SQLite's default journal mode every such commit syncs both the journal and
 * the database file to disk, while with write-ahead logging it appends to one
 * log. The mode is stored in the database file, so it holds for Nuxt Content's
 * own connection opened after this one, and for the prerenderer reading it.
 * Goes after `@nuxt/content` in `modules`.
 */
export function contentDatabase(_options: unknown, nuxt: Nuxt): void {
  if (nuxt.options._prepare) return
  // Read loosely: shared/ is also type-checked without the modules' option types.
  const { content } = nuxt.options as { content?: { _localDatabase?: { type: string, filename?: string } } }
  const local = content?._localDatabase
  if (local && local.type !== 'sqlite') return
  const file = resolve(nuxt.options.rootDir, local?.filename ?? '.data/content/contents.sqlite')
  mkdirSync(dirname(file), { recursive: true })
  const db = new DatabaseSync(file)
  try {
    db.exec('PRAGMA journal_mode = WAL')
  }
  finally {
    db.close()
  }
}
