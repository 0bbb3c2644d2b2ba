import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../../../server/help-api/rate-limit'

describe('createRateLimiter', () => {
  it('allows `limit` requests per client per minute, then says when to come back', () => {
    let now = 1_000_000
    const limiter = createRateLimiter(3, 60_000, () => now)
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true])
    now += 15_000
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfter: 45 })
    // Another client has its own count.
    expect(limiter.take('b').allowed).toBe(true)
  })

  it('starts every client afresh when the minute is over', () => {
    let now = 0
    const limiter = createRateLimiter(1, 60_000, () => now)
    expect(limiter.take('a').allowed).toBe(true)
    expect(limiter.take('a').allowed).toBe(false)
    now = 60_000
    expect(limiter.take('a').allowed).toBe(true)
    now = 150_000
    expect(limiter.take('a').allowed).toBe(true)
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfter: 30 })
  })

  it('allows everything with a limit of 0', () => {
    const limiter = createRateLimiter(0)
    for (let i = 0; i < 1000; i++) expect(limiter.take('a').allowed).toBe(true)
  })
})
