import { workerData } from 'node:worker_threads'
import { RENDER_THREAD, startRenderThread } from './render-client'

// Entry of the server that `nuxt generate` prerenders the site with (set by
// modules/prerender-thread). Nitro's build imports it and asks its
// `localFetch` for every page. Here the app itself runs on a worker thread
// started from this same file, while the build's thread crawls, hooks and
// writes files (docs/ARCHITECTURE.md, "Building at scale").
const isRenderThread = workerData === RENDER_THREAD
if (isRenderThread) import('./render-thread')

// Started on the first request, not on import: the bundler may move this code
// into a chunk, which runs before the entry file, and Nitro's `import.meta.url`
// names the entry file only once it has run. Started from the entry or the
// chunk, the thread runs this code and then the app.
let renderThread: ReturnType<typeof startRenderThread> | undefined
const thread = () => (renderThread ??= startRenderThread(new URL(import.meta.url)))

export const localFetch: typeof fetch = (input, init) => thread().localFetch(input, init)
export const closePrerenderer = async () => renderThread?.closePrerenderer()
