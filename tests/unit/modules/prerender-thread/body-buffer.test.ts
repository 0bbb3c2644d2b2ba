import { describe, expect, it } from 'vitest'
import { bodyBuffer } from '../../../../modules/prerender-thread/runtime/body-buffer'
import { bufferStream } from '../../../../modules/prerender-thread/runtime/render-client'

const text = (buffer: ArrayBuffer) => new TextDecoder().decode(buffer)

describe('bodyBuffer', () => {
  it('joins a body of several chunks into one buffer', async () => {
    const chunks = ['<!doctype html>', '<p>Gateway ', 'won’t start</p>']
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk))
        controller.close()
      },
    })
    expect(text(await bodyBuffer(new Response(body)))).toBe(chunks.join(''))
  })

  it('gives a buffer of its own, which can be transferred without touching the body it was read from', async () => {
    const source = new TextEncoder().encode('x'.repeat(100_000))
    const buffer = await bodyBuffer(new Response(bufferStream(source.buffer)))
    expect(buffer).not.toBe(source.buffer)
    expect(buffer.byteLength).toBe(100_000)
    structuredClone(buffer, { transfer: [buffer] })
    expect(source.buffer.detached).toBe(false)
    expect(source[99_999]).toBe(120)
  })

  it('gives an empty buffer for a response without a body', async () => {
    expect((await bodyBuffer(new Response(null, { status: 204 }))).byteLength).toBe(0)
  })
})

describe('bufferStream', () => {
  it('is a body a Response reads back as the same bytes', async () => {
    const bytes = new TextEncoder().encode('{"files":3}')
    expect(await new Response(bufferStream(bytes.buffer)).json()).toEqual({ files: 3 })
  })
})
