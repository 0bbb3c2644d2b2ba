import { join } from 'node:path'

/** Where feedback is stored: PostgreSQL when `DATABASE_URL` is set, else a SQLite file. */
export type DatabaseConfig = { kind: 'postgresql', url: string } | { kind: 'sqlite', path: string }

export interface HelpApiConfig {
  database: DatabaseConfig
  /** Requests per minute per client; 0 turns the limit off. */
  rateLimit: number
  /** Entries older than this many days are deleted (at least 1). */
  retentionDays: number
  /** Behind a reverse proxy: read the client's address and the host from `X-Forwarded-For` and `X-Forwarded-Host`. */
  trustProxy: boolean
}

/** The SQLite file used when nothing else is said, relative to the folder the server starts in. */
export const DEFAULT_SQLITE_PATH = join('.data', 'help-feedback.sqlite')

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim()
  if (!text) return fallback
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a whole number ≥ 0, not "${text}"`)
  return Number(text)
}

/** The help API's settings, from the environment it runs in (README.md, "Deploying"). */
export function helpApiConfig(env: NodeJS.ProcessEnv = process.env): HelpApiConfig {
  const url = env.DATABASE_URL?.trim()
  return {
    database: url ? { kind: 'postgresql', url } : { kind: 'sqlite', path: env.HELP_DATABASE_PATH?.trim() || DEFAULT_SQLITE_PATH },
    rateLimit: wholeNumber(env, 'HELP_API_RATE_LIMIT', 60),
    retentionDays: Math.max(1, wholeNumber(env, 'HELP_FEEDBACK_RETENTION_DAYS', 180)),
    trustProxy: env.HELP_API_TRUST_PROXY === '1' || env.HELP_API_TRUST_PROXY === 'true',
  }
}
