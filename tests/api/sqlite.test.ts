import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { describeHelpApi } from './help-api'

// The default database: a SQLite file through Node's built-in node:sqlite.
const dir = mkdtempSync(join(tmpdir(), 'help-api-sqlite-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describeHelpApi('SQLite', () => ({ kind: 'sqlite', path: join(dir, 'feedback.sqlite') }))
