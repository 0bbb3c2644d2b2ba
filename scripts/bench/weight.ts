/**
 * Page weight: what a first visit to a page downloads (transfer bytes, so gzip
 * where the server compresses), by kind, loaded in Chromium until the network is idle.
 */
import type { Page } from '@playwright/test'
import { chromium } from '@playwright/test'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export type ResourceKind = 'js' | 'css' | 'html' | 'font' | 'payload' | 'other'

export interface LoadedResource {
  url: string
  kind: ResourceKind
  /** Bytes on the wire for the body (compressed when served compressed). */
  bytes: number
}

export interface PageWeight {
  path: string
  resources: LoadedResource[]
  totals: Record<ResourceKind, { bytes: number, files: number }>
  /** Requests a first load must never make: the SQLite WASM client, SQL dumps, search code or index. */
  forbidden: string[]
}

const KINDS: ResourceKind[] = ['js', 'css', 'html', 'font', 'payload', 'other']

function kindOf(url: URL, resourceType: string, contentType: string): ResourceKind {
  if (url.pathname.endsWith('/_payload.json')) return 'payload'
  if (resourceType === 'document' || contentType.startsWith('text/html')) return 'html'
  if (resourceType === 'script' || /javascript/.test(contentType)) return 'js'
  if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'css'
  if (resourceType === 'font' || contentType.startsWith('font/')) return 'font'
  return 'other'
}

/**
 * Starts recording what `page` downloads; the function returned gives every
 * resource finished so far, with its bytes on the wire.
 */
export function recordResources(page: Page): () => Promise<LoadedResource[]> {
  const pending: Promise<LoadedResource | null>[] = []
  page.on('requestfinished', (request) => {
    pending.push((async () => {
      const response = await request.response()
      if (!response) return null
      const url = new URL(request.url())
      if (url.protocol === 'data:') return null
      const sizes = await request.sizes()
      const kind = kindOf(url, request.resourceType(), (await response.allHeaders())['content-type'] ?? '')
      return { url: url.pathname + url.search, kind, bytes: sizes.responseBodySize }
    })())
  })
  return async () => (await Promise.all(pending)).filter((r): r is LoadedResource => r !== null)
}

/** Bytes and files per kind of resource. */
export function totalsOf(resources: readonly LoadedResource[]): PageWeight['totals'] {
  const totals = Object.fromEntries(KINDS.map(kind => [kind, { bytes: 0, files: 0 }])) as PageWeight['totals']
  for (const resource of resources) {
    totals[resource.kind].bytes += resource.bytes
    totals[resource.kind].files++
  }
  return totals
}

const FORBIDDEN = [/sqlite/i, /\.wasm$/, /sql_dump/, /__nuxt_content/, /\/search-index\//]

export async function measurePageWeights(origin: string, paths: readonly string[]): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const results: PageWeight[] = []
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      const loaded = recordResources(page)
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' })
      // What the page script loads once it runs counts too.
      await page.waitForTimeout(500)
      await page.waitForLoadState('networkidle')
      const resources = await loaded()
      await context.close()
      const totals = totalsOf(resources)
      // A search page opened with a query has started a search: its index may load.
      const searching = /[?&]q=/.test(path)
      const forbidden = resources
        .filter(r => FORBIDDEN.some(re => re.test(r.url) && !(searching && re.source.includes('search-index'))))
        .map(r => r.url)
      results.push({ path, resources, totals, forbidden })
    }
    return results
  }
  finally {
    await browser.close()
  }
}
