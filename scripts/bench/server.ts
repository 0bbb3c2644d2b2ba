/** Serves a generated site with scripts/serve.mjs (gzip, 404.html) on a free port for the benchmarks. */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export interface StaticSite {
  origin: string
  close: () => Promise<void>
}

export async function serveStatic(dir: string): Promise<StaticSite> {
  const port = await freePort()
  const script = fileURLToPath(new URL('../serve.mjs', import.meta.url))
  const child = spawn(process.execPath, [script, dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve, reject) => {
    child.once('exit', code => reject(new Error(`serve.mjs exited with ${code}`)))
    child.stdout!.once('data', () => resolve())
  })
  child.removeAllListeners('exit')
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill()
    }),
  }
}
