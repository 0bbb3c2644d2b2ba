import { Worker } from 'node:worker_threads'

/** What the build's thread sends the render thread. Prerendering only ever GETs. */
export type RenderRequest
  = | { type: 'fetch', id: number, url: string, headers: Record<string, string> }
    | { type: 'close' }

/** What the render thread answers. */
export type RenderReply
  = | { type: 'response', id: number, status: number, statusText: string, headers: Array<[string, string]>, body: ArrayBuffer }
    | { type: 'failed', id: number, message: string }
    | { type: 'closed' }

/** The `workerData` a render thread is started with, telling it apart from the build's thread. */
export const RENDER_THREAD = 'help-center-render-thread'

// Statuses whose response has no body (a Response refuses one).
const NULL_BODY = new Set([101, 204, 205, 304])

/**
 * A body for `new Response()` that it takes as it is. Given the buffer itself,
 * a Response copies it, twice; reading it copies it twice more. This thread
 * does little but wait on the render thread, so such garbage lives long.
 */
export function bufferStream(buffer: ArrayBuffer): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer))
      controller.close()
    },
  })
}

// A request the render thread could not answer is a server error: Nitro counts
// it as a failed route and the build fails (`prerender.failOnError`), instead of
// a page silently missing.
const serverError = (message: string) => new Response(message, { status: 500, statusText: 'Prerender Thread Error' })

/**
 * The build's side: a `localFetch` that hands each request to the app on a
 * worker thread started from `entry`, and answers with its response.
 */
export function startRenderThread(entry: URL) {
  const worker = new Worker(entry, { workerData: RENDER_THREAD })
  const pending = new Map<number, (response: Response) => void>()
  // The thread keeps the process alive while a request waits for it, and only then:
  // a build that fails elsewhere must not hang on it.
  const track = () => (pending.size ? worker.ref() : worker.unref())
  track()
  let nextId = 0
  let stopped: string | undefined
  let closing: (() => void) | undefined

  const stop = (reason: string) => {
    if (stopped || closing) return
    stopped = reason
    console.error(reason)
    for (const answer of pending.values()) answer(serverError(reason))
    pending.clear()
    track()
  }
  worker.on('error', error => stop(`The prerender thread failed: ${error.stack ?? error.message}`))
  worker.on('exit', code => stop(`The prerender thread exited (code ${code})`))
  worker.on('message', (reply: RenderReply) => {
    if (reply.type === 'closed') return closing?.()
    const answer = pending.get(reply.id)
    pending.delete(reply.id)
    track()
    if (reply.type === 'failed') return answer?.(serverError(reply.message))
    const body = NULL_BODY.has(reply.status) ? null : bufferStream(reply.body)
    answer?.(new Response(body, { status: reply.status, statusText: reply.statusText, headers: reply.headers }))
  })

  return {
    localFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
      if (stopped) return Promise.resolve(serverError(stopped))
      return new Promise((answer) => {
        const id = nextId++
        pending.set(id, answer)
        track()
        const url = String(input instanceof Request ? input.url : input)
        worker.postMessage({ type: 'fetch', id, url, headers: Object.fromEntries(new Headers(init.headers)) } satisfies RenderRequest)
      })
    },
    async closePrerenderer(): Promise<void> {
      if (stopped) return
      worker.ref()
      await new Promise<void>((resolve) => {
        closing = resolve
        worker.postMessage({ type: 'close' } satisfies RenderRequest)
      })
      await worker.terminate()
    },
  }
}
