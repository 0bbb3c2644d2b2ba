import { afterEach, describe, expect, it, vi } from 'vitest'
import { RENDER_THREAD, startRenderThread } from '../../../../modules/prerender-thread/runtime/render-client'

const echo = new URL('../../../fixtures/render-thread/echo.mjs', import.meta.url)

describe('startRenderThread', () => {
  let thread: ReturnType<typeof startRenderThread> | undefined
  afterEach(async () => {
    await thread?.closePrerenderer()
    thread = undefined
    vi.restoreAllMocks()
  })

  it('answers with the render thread\'s status, headers and body', async () => {
    thread = startRenderThread(echo)
    const response = await thread.localFetch('/help', { headers: { 'x-nitro-prerender': '/help' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-nitro-prerender')).toBe('/a, /b')
    expect(await response.json()).toEqual({ url: '/help', headers: { 'x-nitro-prerender': '/help' }, thread: RENDER_THREAD })
  })

  it('answers requests in any order, each with its own response', async () => {
    thread = startRenderThread(echo)
    const urls = Array.from({ length: 20 }, (_, i) => `/page-${i}`)
    const bodies = await Promise.all(urls.map(async url => (await (await thread!.localFetch(url)).json()).url))
    expect(bodies).toEqual(urls)
  })

  it('gives a response without a body where HTTP allows none', async () => {
    thread = startRenderThread(echo)
    const response = await thread.localFetch('/empty')
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
  })

  it('turns a render that threw into a server error naming it', async () => {
    thread = startRenderThread(echo)
    const response = await thread.localFetch('/throws')
    expect(response.status).toBe(500)
    expect(await response.text()).toContain('render failed')
  })

  it('fails every waiting and later request once the thread is gone, saying why', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    thread = startRenderThread(echo)
    const [exiting, queued] = await Promise.all([thread.localFetch('/exits'), thread.localFetch('/queued')])
    expect(exiting.status).toBe(500)
    expect(await exiting.text()).toBe('The prerender thread exited (code 3)')
    expect(queued.status).toBe(500)
    const later = await thread.localFetch('/help')
    expect(later.status).toBe(500)
    expect(logged).toHaveBeenCalledWith('The prerender thread exited (code 3)')
  })
})
