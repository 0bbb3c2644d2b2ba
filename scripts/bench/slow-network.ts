/**
 * Search on a slow connection: Chromium with the DevTools Protocol's Slow 4G
 * (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up) and a 4× CPU slowdown.
 * - From `Ctrl+K` on an article to the first result for "gateway": time, requests,
 *   and round trips (the longest chain of requests each started after the one before ended).
 * - A cold load of `/help/search?q=gateway`: time from navigation to the first result.
 */
import type { Page } from '@playwright/test'
import { chromium } from '@playwright/test'
import { median } from './stats'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './weight'

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
}

/** The longest chain of requests in which each started after the one before it had finished. */
function roundTrips(requests: Array<{ start: number, end: number }>): number {
  const depth = requests.map(() => 1)
  const sorted = requests.map((r, i) => ({ ...r, i })).sort((a, b) => a.start - b.start)
  for (const r of sorted) {
    for (const before of sorted) if (before.end <= r.start) depth[r.i] = Math.max(depth[r.i]!, depth[before.i]! + 1)
  }
  return Math.max(0, ...depth)
}

/**
 * Milliseconds from navigation to the first result on screen, noted by the page
 * itself: a locator would run Playwright's own script in the page while it
 * loads, which the throttled CPU charges to the page (about 160 ms).
 */
async function coldFirstResult(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-search-results] a')) return
      observer.disconnect()
      document.documentElement.dataset.benchFirstResult = String(performance.now())
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(url, { waitUntil: 'commit' })
  for (let waited = 0; waited < 30_000; waited += 100) {
    const shown = await page.evaluate(() => document.documentElement.dataset.benchFirstResult)
    if (shown) return Number(shown)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new Error(`${url}: no result within 30 s`)
}

export async function benchSlowNetwork(origin: string, runs = 3) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const dialogMs: number[] = []
  const pageMs: number[] = []
  let requests = 0
  let trips = 0
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await throttle(page)
      await page.goto(`${origin}/help/troubleshooting/chat-messages-not-sending`, { waitUntil: 'networkidle' })
      await page.locator('[data-search-button][data-search-ready]').waitFor()
      const timings: Array<{ start: number, end: number }> = []
      const started = new Map<object, number>()
      page.on('request', request => started.set(request, Date.now()))
      page.on('requestfinished', request => timings.push({ start: started.get(request)!, end: Date.now() }))
      // Timed in the page: from the key press to the first result on screen.
      const shown = page.evaluate(() => new Promise<number>((resolve) => {
        let pressed = 0
        document.addEventListener('keydown', () => (pressed ||= performance.now()), { capture: true })
        new MutationObserver((_, observer) => {
          if (document.querySelector('[role="option"]')) {
            observer.disconnect()
            resolve(performance.now() - pressed)
          }
        }).observe(document.body, { childList: true, subtree: true })
      }))
      await page.keyboard.press('Control+K')
      await page.keyboard.type('gateway')
      dialogMs.push(await shown)
      requests = timings.length
      trips = roundTrips(timings)
      await context.close()

      const cold = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const searchPage = await cold.newPage()
      await throttle(searchPage)
      pageMs.push(await coldFirstResult(searchPage, `${origin}/help/search?q=gateway`))
      await cold.close()
    }
  }
  finally {
    await browser.close()
  }
  return { ctrlKToFirstResultMs: Math.round(median(dialogMs)), requestsAfterKeyPress: requests, roundTripsAfterKeyPress: trips, coldSearchPageMs: Math.round(median(pageMs)) }
}
