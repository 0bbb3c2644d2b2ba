import { describe, expect, it } from 'vitest'
import { formatArticleDate } from '../../../../shared/utils/dates'

describe('formatArticleDate', () => {
  it('formats an ISO date in English without shifting the day', () => {
    expect(formatArticleDate('2026-03-30')).toBe('March 30, 2026')
    expect(formatArticleDate('2026-01-01T23:30:00Z')).toBe('January 1, 2026')
  })

  it('returns what it cannot read unchanged', () => {
    expect(formatArticleDate('soon')).toBe('soon')
  })
})
