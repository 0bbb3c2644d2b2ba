import { describe, expect, it } from 'vitest'
import { DEFAULT_SQLITE_PATH, helpApiConfig } from '../../../../server/help-api/config'

describe('helpApiConfig', () => {
  it('defaults to a SQLite file in .data/, 60 requests a minute and 180 days', () => {
    expect(helpApiConfig({})).toEqual({ database: { kind: 'sqlite', path: DEFAULT_SQLITE_PATH }, rateLimit: 60, retentionDays: 180, trustProxy: false })
    expect(DEFAULT_SQLITE_PATH).toBe('.data/help-feedback.sqlite')
  })

  it('uses PostgreSQL when DATABASE_URL is set, and another SQLite file when asked', () => {
    expect(helpApiConfig({ DATABASE_URL: 'postgres://help@localhost/help' }).database).toEqual({ kind: 'postgresql', url: 'postgres://help@localhost/help' })
    expect(helpApiConfig({ DATABASE_URL: '', HELP_DATABASE_PATH: '/var/lib/help/feedback.sqlite' }).database).toEqual({ kind: 'sqlite', path: '/var/lib/help/feedback.sqlite' })
  })

  it('reads the rate limit, the retention and the proxy setting', () => {
    expect(helpApiConfig({ HELP_API_RATE_LIMIT: '0', HELP_FEEDBACK_RETENTION_DAYS: '30', HELP_API_TRUST_PROXY: '1' }))
      .toMatchObject({ rateLimit: 0, retentionDays: 30, trustProxy: true })
  })

  it('refuses a setting that is not a whole number', () => {
    expect(() => helpApiConfig({ HELP_API_RATE_LIMIT: 'lots' })).toThrow('HELP_API_RATE_LIMIT must be a whole number ≥ 0, not "lots"')
    expect(() => helpApiConfig({ HELP_FEEDBACK_RETENTION_DAYS: '-1' })).toThrow(/HELP_FEEDBACK_RETENTION_DAYS/)
  })
})
