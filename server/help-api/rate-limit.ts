export interface RateLimiter {
  /** Counts one request from `client`; whether it is allowed, and if not, in how many seconds it would be. */
  take(client: string): { allowed: true } | { allowed: false, retryAfter: number }
}

/**
 * At most `limit` requests per client per window (a minute). Clients are
 * counted in memory, for the current window only: when a window ends, every
 * address it held is forgotten. `limit` 0 counts nothing and allows all.
 */
export function createRateLimiter(limit: number, windowMs = 60_000, now: () => number = Date.now): RateLimiter {
  let windowStart = now()
  let counts = new Map<string, number>()
  return {
    take(client) {
      if (limit <= 0) return { allowed: true }
      const time = now()
      if (time - windowStart >= windowMs) {
        counts = new Map()
        windowStart = time - ((time - windowStart) % windowMs)
      }
      const count = (counts.get(client) ?? 0) + 1
      counts.set(client, count)
      if (count <= limit) return { allowed: true }
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((windowStart + windowMs - time) / 1000)) }
    },
  }
}
