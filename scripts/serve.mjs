// Serves a generated site the way a static host does: `/a/b` → `a/b/index.html`
// or `a/b.html`, unknown paths → `404.html` with status 404, gzip for text,
// and the headers listed in `_headers`. Usage:
//   node scripts/serve.mjs [dir] [--port 3000] [--base /]
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? fallback : args[i + 1]
}
const root = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '.output/public')
const port = Number(option('port', process.env.PORT ?? 3000))
const base = `/${option('base', process.env.NUXT_APP_BASE_URL ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/')

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.webmanifest': 'application/manifest+json',
}
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/

async function isFile(path) {
  try {
    return (await stat(path)).isFile()
  }
  catch {
    return false
  }
}

async function locate(urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '')
  const candidate = join(root, relative)
  if (!candidate.startsWith(root)) return null
  for (const path of [candidate, join(candidate, 'index.html'), `${candidate}.html`]) {
    if (await isFile(path)) return path
  }
  return null
}

// `_headers` (Netlify / Cloudflare Pages format): blocks of headers under a path,
// which may end in `*`; every block whose path matches applies.
async function headerRules() {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '')
  const rules = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} })
    else if (rules.length) {
      const [name, ...value] = line.trim().split(':')
      rules.at(-1).headers[name.trim()] = value.join(':').trim()
    }
  }
  return rules
}

const rules = process.env.SERVE_HEADERS === '0' ? [] : await headerRules()
const headersFor = pathname => Object.assign({}, ...rules
  .filter(({ path }) => path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path)
  .map(rule => rule.headers))

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  let status = 200
  let file = null
  if (url.pathname.startsWith(base) || `${url.pathname}/` === base) {
    file = await locate(url.pathname.slice(base.length - 1) || '/')
  }
  if (!file) {
    status = 404
    file = join(root, '404.html')
  }
  let body = await readFile(file).catch(() => Buffer.from('Not found'))
  const type = types[extname(file)] ?? 'application/octet-stream'
  const headers = { 'cache-control': 'no-cache', ...headersFor(url.pathname), 'content-type': type }
  if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body)
    headers['content-encoding'] = 'gzip'
  }
  res.writeHead(status, { ...headers, 'content-length': body.length })
  res.end(req.method === 'HEAD' ? undefined : body)
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`)
})
