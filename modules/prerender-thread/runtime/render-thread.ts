import '#nitro-internal-pollyfills'
import { parentPort } from 'node:worker_threads'
import { useNitroApp } from 'nitropack/runtime'
import { trapUnhandledNodeErrors } from 'nitropack/runtime/internal/index'
import type { RenderReply, RenderRequest } from './render-client'
import { bodyBuffer } from './body-buffer'

// The worker side: the Nitro app, answering the requests the build's thread forwards.
const nitroApp = useNitroApp()
trapUnhandledNodeErrors()

parentPort!.on('message', async (request: RenderRequest) => {
  if (request.type === 'close') {
    await nitroApp.hooks.callHook('close')
    parentPort!.postMessage({ type: 'closed' } satisfies RenderReply)
    return
  }
  try {
    const response = await nitroApp.localFetch(request.url, { headers: request.headers })
    const body = await bodyBuffer(response)
    const reply: RenderReply = { type: 'response', id: request.id, status: response.status, statusText: response.statusText, headers: [...response.headers], body }
    parentPort!.postMessage(reply, [body])
  }
  catch (error) {
    parentPort!.postMessage({ type: 'failed', id: request.id, message: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies RenderReply)
  }
})
