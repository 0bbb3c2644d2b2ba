/**
 * Lighthouse (mobile, default simulated throttling) against a served site:
 * category scores and a few metrics per page, the median of several runs.
 */
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { CHROMIUM_PATH } from './weight'
import { median } from './stats'

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = typeof LIGHTHOUSE_CATEGORIES[number]

export interface LighthouseRun {
  scores: Record<LighthouseCategory, number>
  metrics: { fcpMs: number, lcpMs: number, tbtMs: number, cls: number, speedIndexMs: number }
  /** Audits that did not pass, with their score (for the report). */
  failing: string[]
}

export interface LighthouseSummary extends LighthouseRun {
  path: string
  runs: number
}

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

async function runOnce(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...LIGHTHOUSE_CATEGORIES],
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map(id => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as LighthouseRun['scores']
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const failing = Object.values(lhr.categories)
    .flatMap(category => category.auditRefs.filter(ref => ref.weight > 0).map(ref => lhr.audits[ref.id]!))
    .filter(audit => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
    .map(audit => `${audit.id} (${audit.score})`)
  return {
    scores,
    metrics: {
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      speedIndexMs: value('speed-index'),
    },
    failing: [...new Set(failing)],
  }
}

/** Runs every page `runs` times (interleaved, so a noisy moment does not hit one page only) and keeps medians. */
export async function runLighthouse(origin: string, paths: readonly string[], runs = 3): Promise<LighthouseSummary[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS })
  try {
    const all = new Map<string, LighthouseRun[]>(paths.map(path => [path, []]))
    for (let i = 0; i < runs; i++) {
      for (const path of paths) all.get(path)!.push(await runOnce(`${origin}${path}`, chrome.port))
    }
    return paths.map((path) => {
      const results = all.get(path)!
      const pick = <T>(f: (r: LighthouseRun) => T) => results.map(f)
      return {
        path,
        runs: results.length,
        scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map(id => [id, median(pick(r => r.scores[id]))])) as LighthouseRun['scores'],
        metrics: {
          fcpMs: median(pick(r => r.metrics.fcpMs)),
          lcpMs: median(pick(r => r.metrics.lcpMs)),
          tbtMs: median(pick(r => r.metrics.tbtMs)),
          cls: median(pick(r => r.metrics.cls)),
          speedIndexMs: median(pick(r => r.metrics.speedIndexMs)),
        },
        // Each audit once, by id, with its lowest score over the runs.
        failing: [...new Map(results.flatMap(r => r.failing).map(f => [f.split(' ')[0]!, f] as const)
          .sort((a, b) => b[1].localeCompare(a[1]))).values()],
      }
    })
  }
  finally {
    chrome.kill()
  }
}
