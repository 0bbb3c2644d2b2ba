import type { EventHandler, H3Event } from 'h3'
import { defineEventHandler, getRequestIP, sendNoContent, setResponseHeader, setResponseStatus } from 'h3'
import type { z } from 'zod'
import { API_BODY_LIMIT } from '../../shared/feedback/fields'
import { ApiError, assertSameOrigin, readJsonBody } from './request'
import { useHelpApiConfig, useHelpStore, useRateLimiter } from './state'
import type { HelpStore } from './store'
import { validate } from './validate'

interface HelpApiRoute<T> {
  schema: z.ZodType<T>
  /** Checks what the schema cannot (throws an ApiError), then stores the entry. */
  store(event: H3Event, value: T, store: HelpStore): Promise<void>
}

/**
 * A `POST` endpoint of the help API. In order: method, the client's rate
 * limit, same origin, JSON content type, size, JSON syntax, every field; only
 * then is anything written. Answers 204 once stored; anything refused gets a
 * 4xx with `{ "error", "field" }`, and nothing is stored.
 */
export function defineHelpApiRoute<T>(route: HelpApiRoute<T>): EventHandler {
  return defineEventHandler(async (event) => {
    // A middleware on the route's path (modules/help-api.ts) sees the rest of
    // the path: only the path itself, with or without a query, is this route.
    if (!/^\/?(?:\?|$)/.test(event.path)) return
    try {
      if (event.method !== 'POST') {
        setResponseHeader(event, 'allow', 'POST')
        throw new ApiError(405, 'method', 'only POST is accepted')
      }
      const config = useHelpApiConfig()
      // The address is a key of the current minute's counts, and goes nowhere else.
      const verdict = useRateLimiter().take(getRequestIP(event, { xForwardedFor: config.trustProxy }) ?? 'unknown')
      if (!verdict.allowed) {
        setResponseHeader(event, 'retry-after', verdict.retryAfter)
        throw new ApiError(429, 'body', 'too many requests: try again in a minute')
      }
      assertSameOrigin(event, config.trustProxy)
      const checked = validate(route.schema, await readJsonBody(event, API_BODY_LIMIT))
      if (!checked.ok) throw new ApiError(400, checked.field, checked.message)
      await route.store(event, checked.value, await useHelpStore())
      return sendNoContent(event, 204)
    }
    catch (error) {
      if (!(error instanceof ApiError)) console.error('help API:', error)
      const { status, field, message } = error instanceof ApiError
        ? error
        : new ApiError(503, 'body', 'the entry could not be stored: try again later')
      setResponseStatus(event, status)
      setResponseHeader(event, 'cache-control', 'no-store')
      return { error: message, field }
    }
  })
}
