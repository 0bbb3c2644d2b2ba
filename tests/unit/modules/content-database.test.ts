import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { assertContentDatabase, localDatabaseFile } from '../../../modules/content-database'

describe('localDatabaseFile', () => {
  it('is Nuxt Content\'s default unless its options say otherwise', () => {
    expect(localDatabaseFile('/p', {})).toBe('/p/.data/content/contents.sqlite')
    expect(localDatabaseFile('/p', { _localDatabase: { type: 'sqlite', filename: 'db/x.sqlite' } })).toBe('/p/db/x.sqlite')
    expect(localDatabaseFile('/p', { _localDatabase: { type: 'd1' } })).toBeUndefined()
  })
})

describe('assertContentDatabase', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'content-db-')), 'contents.sqlite')

  it('fails the build when the file is not the database Nuxt Content filled', () => {
    new DatabaseSync(file).close()
    expect(() => assertContentDatabase(file)).toThrow(/Nuxt Content wrote no database/)
  })

  it('passes once Nuxt Content\'s own table is there', () => {
    const db = new DatabaseSync(file)
    db.exec('CREATE TABLE _content_info (id TEXT)')
    db.close()
    expect(() => assertContentDatabase(file)).not.toThrow()
  })
})
