import type { H3Event } from 'h3'
import { getRequestHeader, getRequestHost, readRawBody } from 'h3'

/** A refused request: its status, the field at fault (`body` for the request as a whole) and why. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly field: string, message: string) {
    super(message)
  }
}

/**
 * Only the site's own pages may post: the browser's `Origin` must name the
 * host the request was sent to. A form or script on another site is refused
 * before anything is read.
 */
export function assertSameOrigin(event: H3Event, trustProxy: boolean): void {
  const origin = getRequestHeader(event, 'origin')
  if (!origin) throw new ApiError(403, 'origin', 'the Origin header is missing: only the help center\'s own pages may post here')
  let host: string
  try {
    host = new URL(origin).host
  }
  catch {
    throw new ApiError(403, 'origin', 'the Origin header is not a URL')
  }
  if (!host || host !== getRequestHost(event, { xForwardedHost: trustProxy })) {
    throw new ApiError(403, 'origin', 'requests from another site are refused')
  }
}

/**
 * The request's JSON body, read only when it says it is JSON and no larger than
 * `limit` bytes (its `Content-Length`; a body of unknown length is refused
 * rather than read to the end).
 */
export async function readJsonBody(event: H3Event, limit: number): Promise<unknown> {
  const type = getRequestHeader(event, 'content-type') ?? ''
  if (!/^application\/json\s*(?:;|$)/i.test(type)) throw new ApiError(415, 'content-type', 'the body must be JSON, sent as Content-Type: application/json')
  const length = getRequestHeader(event, 'content-length')
  if (length === undefined) {
    if (getRequestHeader(event, 'transfer-encoding')) throw new ApiError(411, 'body', 'send the body with a Content-Length')
    throw new ApiError(400, 'body', 'the body is empty')
  }
  if (!/^\d+$/.test(length) || Number(length) > limit) throw new ApiError(413, 'body', `the body must be at most ${limit} bytes`)
  const text = await readRawBody(event, 'utf8')
  if (!text) throw new ApiError(400, 'body', 'the body is empty')
  if (Buffer.byteLength(text) > limit) throw new ApiError(413, 'body', `the body must be at most ${limit} bytes`)
  try {
    return JSON.parse(text)
  }
  catch {
    throw new ApiError(400, 'body', 'the body is not valid JSON')
  }
}
