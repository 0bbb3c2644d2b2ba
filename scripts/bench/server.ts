/** Serves a generated site with scripts/serve.mjs (gzip, 404.html), or starts a server build, on a free port for the benchmarks and tests. */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { get } from 'node:http'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export async function freePort(): Promise<number> {
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

export interface NodeServer {
  origin: string
  /** Everything the server printed. */
  output: () => string
  /** Stops it: `SIGTERM` lets it finish and flush, `SIGKILL` is a crash. */
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

/**
 * Starts a server build (`node <output>/server/index.mjs`, as `npm start`
 * does) on a free loopback port with the given environment, and resolves
 * once `/help` answers.
 */
export async function startNodeServer(outputDir: string, env: Record<string, string>, cwd = process.cwd()): Promise<NodeServer> {
  const entry = resolve(cwd, outputDir, 'server/index.mjs')
  if (!existsSync(entry)) throw new Error(`No server build at ${entry}: run \`npm run build\` (or \`npm run build:test-server\`) first`)
  const port = await freePort()
  const child = spawn(process.execPath, [entry], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', chunk => (output += chunk))
  child.stderr.on('data', chunk => (output += chunk))
  const origin = `http://127.0.0.1:${port}`
  const answers = () => new Promise<boolean>((done) => {
    get(`${origin}/help`, (res) => {
      res.resume()
      done(res.statusCode === 200)
    }).on('error', () => done(false))
  })
  const deadline = Date.now() + 20_000
  while (!(await answers())) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the server did not answer within 20 s:\n${output}`)
    }
    await new Promise(done => setTimeout(done, 100))
  }
  return {
    origin,
    output: () => output,
    stop: signal => new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done()
      child.once('exit', () => done())
      child.kill(signal ?? 'SIGTERM')
    }),
  }
}
