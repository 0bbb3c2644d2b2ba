import { FIRST_RESULT_BUDGET, READING_PAGE_BUDGET, READING_PAGE_SCRIPTS } from '../../scripts/bench/budgets'
import { recordResources, totalsOf } from '../../scripts/bench/weight'
import { articleUrl, expect, test } from './fixtures'

// Byte budgets are deterministic (the static server gzips the same files the
// same way every time), so they are tested; timings are only benchmarked.
const READING_PAGES = ['/help', '/help/troubleshooting', articleUrl('chat-messages-not-sending')]

for (const path of READING_PAGES) {
  test(`${path} stays within its byte budget and loads only the page script`, async ({ page }) => {
    const loaded = recordResources(page)
    await page.goto(path)
    await page.locator('[data-search-button][data-search-ready]').waitFor()
    await page.waitForLoadState('networkidle')
    const resources = await loaded()
    const totals = totalsOf(resources)
    const scripts = resources.filter(r => r.kind === 'js').map(r => r.url)
    expect(scripts).toHaveLength(1)
    for (const script of scripts) expect(READING_PAGE_SCRIPTS.some(allowed => allowed.test(script)), script).toBe(true)
    expect(resources.filter(r => /_payload\.json|\/_nuxt\/.*\.js|\/search-index\//.test(r.url))).toEqual([])
    expect(totals.js.bytes).toBeLessThanOrEqual(READING_PAGE_BUDGET.js)
    expect(totals.css.bytes).toBeLessThanOrEqual(READING_PAGE_BUDGET.css)
    expect(totals.js.bytes + totals.css.bytes).toBeLessThanOrEqual(READING_PAGE_BUDGET.jsAndCss)
    expect(resources.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(READING_PAGE_BUDGET.everything)
  })
}

test('an article with platform tabs and code blocks stays within the reading budget, with only the site\'s own scripts', async ({ page }) => {
  const loaded = recordResources(page)
  await page.goto(articleUrl('change-the-gateway-port', 'gateway'))
  await expect(page.getByRole('tab').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy code' }).first()).toBeAttached()
  await page.waitForLoadState('networkidle')
  const resources = await loaded()
  const totals = totalsOf(resources)
  const scripts = resources.filter(r => r.kind === 'js').map(r => r.url)
  // The page script, then the tabs' and the copy button's code, which only such pages load.
  expect(scripts.filter(script => !/^\/_enhance\/[\w-]+\.js$/.test(script))).toEqual([])
  expect(scripts.filter(script => READING_PAGE_SCRIPTS.some(allowed => allowed.test(script)))).toHaveLength(1)
  expect(resources.filter(r => /_payload\.json|\/_nuxt\/.*\.js|\/search-index\//.test(r.url))).toEqual([])
  expect(totals.js.bytes).toBeLessThanOrEqual(READING_PAGE_BUDGET.js)
  expect(totals.css.bytes).toBeLessThanOrEqual(READING_PAGE_BUDGET.css)
  expect(totals.js.bytes + totals.css.bytes).toBeLessThanOrEqual(READING_PAGE_BUDGET.jsAndCss)
  expect(resources.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(READING_PAGE_BUDGET.everything)
})

test('the 404 page loads only the site\'s own scripts: the page script, then search for its suggestions', async ({ page }) => {
  const loaded = recordResources(page)
  await page.goto('/help/gateway-wont-start')
  await expect(page.locator('[data-not-found-suggestions] a').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  const resources = await loaded()
  const scripts = resources.filter(r => r.kind === 'js').map(r => r.url)
  expect(scripts.filter(script => !/^\/_enhance\/[\w-]+\.js$/.test(script))).toEqual([])
  expect(scripts.filter(script => READING_PAGE_SCRIPTS.some(allowed => allowed.test(script)))).toHaveLength(1)
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
  const loaded = recordResources(page)
  await page.goto('/help/search?q=gateway')
  await expect(page.locator('[data-search-results] a').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  const resources = await loaded()
  // Over HTTP/1.1 a browser opens six connections to a host: a seventh file would wait for one.
  expect(resources.filter(r => r.kind !== 'html').length).toBeLessThanOrEqual(6)
  const scripts = resources.filter(r => r.kind === 'js').map(r => r.url)
  const own = scripts.filter(script => !READING_PAGE_SCRIPTS.some(allowed => allowed.test(script)))
  expect(scripts).toHaveLength(2)
  expect(own).toHaveLength(1)
  const code = await (await page.request.get(own[0]!)).text()
  expect(code.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad')
})
