import { join, resolve } from 'node:path'
import { request } from 'node:http'
import type { NodeServer } from '../../scripts/bench/server'
import { startNodeServer } from '../../scripts/bench/server'

const ROOT = resolve(import.meta.dirname, '../..')
/** The server build the API tests run: `npm run build:test-server` writes it. */
export const SERVER_OUTPUT = process.env.HELP_SERVER_OUTPUT ?? '.output-server'

export type HelpServer = NodeServer

/** The built help center on a free loopback port, as `npm start` starts it, with the given environment. */
export const startHelpServer = (env: Record<string, string>) => startNodeServer(join(ROOT, SERVER_OUTPUT), env, ROOT)

export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: () => unknown
}

/** One HTTP request with exactly the headers given (a browser would add `Origin` itself). */
export function send(url: string, options: { method?: string, headers?: Record<string, string>, body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', chunk => (text += chunk))
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, text, json: () => JSON.parse(text) }))
      res.on('error', fail)
    })
    req.on('error', fail)
    req.end(options.body)
  })
}

/** A JSON post from the site's own origin, as the page scripts send it; a header given as `null` is left out. */
export function postJson(server: HelpServer, path: string, body: unknown, headers: Record<string, string | null> = {}): Promise<Answer> {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const all = { 'content-type': 'application/json', 'origin': server.origin, 'content-length': String(Buffer.byteLength(text)), ...headers }
  return send(`${server.origin}${path}`, {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null)),
    body: text,
  })
}
