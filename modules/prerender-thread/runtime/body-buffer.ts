// A page's body crosses to the build's thread as one transferred buffer.
// `arrayBuffer()` would copy the body twice: a site-wide file (llms-full.txt is
// 40 MB at 10,000 articles) would sit in memory three times over.

/**
 * A response's body in a new buffer of its own, to transfer: read chunk by
 * chunk, it is copied once. Not `Buffer.concat`: a small result of it is a
 * slice of a buffer that other values share.
 */
export async function bodyBuffer(response: Response): Promise<ArrayBuffer> {
  const chunks: Uint8Array[] = []
  const reader = response.body?.getReader()
  if (reader) for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value)
  const whole = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.byteLength, 0))
  let offset = 0
  for (const chunk of chunks) {
    whole.set(chunk, offset)
    offset += chunk.byteLength
  }
  return whole.buffer
}
