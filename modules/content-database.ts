import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { defineNuxtModule } from '@nuxt/kit'

/** Where Nuxt Content keeps its local database: its default, unless `content._localDatabase` says otherwise. */
export function localDatabaseFile(rootDir: string, content: unknown): string | undefined {
  const local = (content as { _localDatabase?: { type?: unknown, filename?: unknown } } | undefined)?._localDatabase
  if (local && local.type !== 'sqlite') return undefined
  return resolve(rootDir, typeof local?.filename === 'string' ? local.filename : '.data/content/contents.sqlite')
}

/** Throws unless `file` is Nuxt Content's database: it has Content's own `_content_info` table. */
export function assertContentDatabase(file: string): void {
  const db = new DatabaseSync(file)
  try {
    if (!db.prepare('SELECT 1 FROM sqlite_master WHERE name = \'_content_info\'').get()) {
      throw new Error(`content-database: Nuxt Content wrote no database at ${file}; it has moved its local database, check modules/content-database.ts against the installed @nuxt/content (docs/UPGRADING.md)`)
    }
  }
  finally {
    db.close()
  }
}

/**
 * Write-ahead logging for Nuxt Content's local database, where a build caches
 * every parsed file and writes the content its pages query. Nuxt Content
 * inserts each parsed file in a transaction of its own; in SQLite's default
 * journal mode every such commit syncs both the journal and the database file
 * to disk, while with write-ahead logging it appends to one log. The mode is
 * stored in the database file, so it holds for Nuxt Content's own connection
 * opened after this one, and for the prerenderer reading it.
 */
export default defineNuxtModule({
  meta: { name: 'content-database' },
  setup(_, nuxt) {
    if (nuxt.options._prepare) return
    const file = localDatabaseFile(nuxt.options.rootDir, (nuxt.options as { content?: unknown }).content)
    if (!file) return
    mkdirSync(dirname(file), { recursive: true })
    const db = new DatabaseSync(file)
    try {
      db.exec('PRAGMA journal_mode = WAL')
    }
    finally {
      db.close()
    }
    // The file set up above must be the one Nuxt Content then filled, or the setting was for nothing.
    nuxt.hook('build:done', () => assertContentDatabase(file))
  },
})
