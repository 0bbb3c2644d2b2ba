import type { Page } from '@playwright/test'
import { FIRST_RESULT_BUDGET, READING_PAGE_BUDGET, READING_PAGE_SCRIPTS } from '../../scripts/bench/budgets'
import type { LoadedResource } from '../../scripts/bench/weight'
import { recordResources, totalsOf } from '../../scripts/bench/weight'
import { articleUrl, expect, test } from './fixtures'

// Byte budgets are deterministic (the static server gzips the same files the
// same way every time), so they are tested; timings are only benchmarked.
const READING_PAGES = ['/help', '/help/troubleshooting', articleUrl('chat-messages-not-sending')]

const isPageScript = (url: string) => READING_PAGE_SCRIPTS.some(allowed => allowed.test(url))
// The page script and the code it loads when a page needs it, all built by modules/enhance.
const isSiteScript = (url: string) => /^\/_enhance\/[\w-]+\.js$/.test(url)
const scriptsOf = (resources: LoadedResource[]) => resources.filter(r => r.kind === 'js').map(r => r.url)

/** Everything a first visit to `path` loads, once `ready` has seen the page working and the network is idle. */
async function firstLoad(page: Page, path: string, ready: () => Promise<unknown>): Promise<LoadedResource[]> {
  const loaded = recordResources(page)
  await page.goto(path)
  await ready()
  await page.waitForLoadState('networkidle')
  return loaded()
}

function expectReadingBudget(resources: LoadedResource[]) {
  const totals = totalsOf(resources)
  expect(resources.filter(r => /_payload\.json|\/_nuxt\/.*\.js|\/search-index\//.test(r.url))).toEqual([])
  expect(totals.js.bytes).toBeLessThanOrEqual(READING_PAGE_BUDGET.js)
  expect(totals.css.bytes).toBeLessThanOrEqual(READING_PAGE_BUDGET.css)
  expect(totals.js.bytes + totals.css.bytes).toBeLessThanOrEqual(READING_PAGE_BUDGET.jsAndCss)
  expect(resources.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(READING_PAGE_BUDGET.everything)
}

for (const path of READING_PAGES) {
  test(`${path} stays within its byte budget and loads only the page script`, async ({ page }) => {
    const resources = await firstLoad(page, path, () => page.locator('[data-search-button][data-search-ready]').waitFor())
    const scripts = scriptsOf(resources)
    expect(scripts).toHaveLength(1)
    for (const script of scripts) expect(isPageScript(script), script).toBe(true)
    expectReadingBudget(resources)
  })
}

test('an article with platform tabs and code blocks stays within the reading budget, with only the site\'s own scripts', async ({ page }) => {
  const resources = await firstLoad(page, articleUrl('change-the-gateway-port', 'gateway'), async () => {
    await expect(page.getByRole('tab').first()).toBeVisible()
    await expect(page.getByRole('button', { name: 'Copy code' }).first()).toBeAttached()
  })
  const scripts = scriptsOf(resources)
  // The page script, then the tabs' and the copy button's code, which only such pages load.
  expect(scripts.filter(script => !isSiteScript(script))).toEqual([])
  expect(scripts.filter(isPageScript)).toHaveLength(1)
  expectReadingBudget(resources)
})

test('the 404 page loads only the site\'s own scripts: the page script, then search for its suggestions', async ({ page }) => {
  const resources = await firstLoad(page, '/help/gateway-wont-start', () => expect(page.locator('[data-not-found-suggestions] a').first()).toBeVisible())
  const scripts = scriptsOf(resources)
  expect(scripts.filter(script => !isSiteScript(script))).toEqual([])
  expect(scripts.filter(isPageScript)).toHaveLength(1)
  expect(totalsOf(resources).js.bytes).toBeLessThanOrEqual(READING_PAGE_BUDGET.js + FIRST_RESULT_BUDGET)
})

test('from Ctrl+K on an article to the first result for "gateway" stays within its byte budget', async ({ page }) => {
  await page.goto(articleUrl('chat-messages-not-sending'))
  await page.locator('[data-search-button][data-search-ready]').waitFor()
  await page.waitForLoadState('networkidle')
  const loaded = recordResources(page)
  await page.keyboard.press('Control+K')
  const dialog = page.getByRole('dialog', { name: 'Search the help center' })
  await dialog.getByRole('textbox').fill('gateway')
  await expect(dialog.getByRole('option').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  const bytes = (await loaded()).reduce((sum, r) => sum + r.bytes, 0)
  expect(bytes).toBeGreaterThan(0)
  expect(bytes).toBeLessThanOrEqual(FIRST_RESULT_BUDGET)
})

test('a cold search page fetches no more files than a browser opens connections for, and compiles its script as it streams in', async ({ page }) => {
  const resources = await firstLoad(page, '/help/search?q=gateway', () => expect(page.locator('[data-search-results] a').first()).toBeVisible())
  // Over HTTP/1.1 a browser opens six connections to a host: a seventh file would wait for one.
  expect(resources.filter(r => r.kind !== 'html').length).toBeLessThanOrEqual(6)
  const scripts = scriptsOf(resources)
  const own = scripts.filter(script => !isPageScript(script))
  expect(scripts).toHaveLength(2)
  expect(own).toHaveLength(1)
  const code = await (await page.request.get(own[0]!)).text()
  expect(code.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad')
})
