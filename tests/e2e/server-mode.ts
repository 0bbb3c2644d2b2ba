import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The server build the `server` project runs against (`npm run build:test-server`,
 * started as `npm start` would), and the SQLite file it stores into. The tests
 * read the rows that arrive from that file.
 */
export const SERVER_OUTPUT = '.output-server'
export const E2E_DATABASE = join(tmpdir(), 'help-center-e2e-feedback.sqlite')
