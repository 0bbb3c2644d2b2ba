import { describe, expect, it } from 'vitest'
import { QUERY_MAX_LENGTH } from '../../../../shared/feedback/fields'
import { normalizeQuery } from '../../../../shared/feedback/query'

describe('normalizeQuery', () => {
  it('counts a query once however it is typed', () => {
    expect(normalizeQuery('  Quota   EXCEEDED? ')).toBe('quota exceeded')
    expect(normalizeQuery('“quota exceeded”')).toBe('quota exceeded')
    expect(normalizeQuery('ｑｕｏｔａ')).toBe('quota')
  })

  it('redacts before it changes letter case', () => {
    expect(normalizeQuery('Token MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7bq')).toBe('token [base64]')
  })

  it('keeps what the search reads: error codes, ports, paths', () => {
    expect(normalizeQuery('EADDRINUSE 18789 ~/.openclaw/logs')).toBe('eaddrinuse 18789 ~/.openclaw/logs')
  })

  it('is at most QUERY_MAX_LENGTH characters', () => {
    expect(normalizeQuery('gateway '.repeat(100))).toHaveLength(QUERY_MAX_LENGTH - 1)
  })
})
