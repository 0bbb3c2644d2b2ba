import type { Page, Request } from '@playwright/test'
import type { Database } from 'db0'
import { articleUrl, expect, test } from './fixtures'
import { openDatabase } from '../../server/help-api/store'
import { E2E_DATABASE } from './server-mode'

// The server build (npm run build:test-server, started like `npm start`): the
// same pages, whose answers and empty searches reach the database. Each test
// has an article or queries of its own, since tests run side by side.

const widget = (page: Page) => page.getByRole('region', { name: 'Was this helpful?' })
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the help center' })

let db: Database
test.beforeAll(async () => {
  db = await openDatabase({ kind: 'sqlite', path: E2E_DATABASE })
})
test.afterAll(async () => {
  await db?.dispose()
})

const feedbackRows = (article: string) =>
  db.prepare('SELECT helpful, reason, note, replaces FROM help_feedback WHERE article = ?').all(article)
const gapRows = (query: string) =>
  db.prepare('SELECT query, source FROM help_search_gaps WHERE query LIKE ?').all(`%${query}%`)

/** Earlier runs against a reused server leave rows behind. */
const forgetGaps = (query: string) => db.prepare('DELETE FROM help_search_gaps WHERE query LIKE ?').run(`%${query}%`)

function recordApiPosts(page: Page): Request[] {
  const posts: Request[] = []
  page.on('request', request => request.url().includes('/help/api/') && request.method() === 'POST' && posts.push(request))
  return posts
}

test('Yes arrives in the database, once per device', async ({ page }) => {
  const article = articleUrl('read-the-gateway-log')
  await db.prepare('DELETE FROM help_feedback WHERE article = ?').run(article)
  await page.goto(article)
  await widget(page).getByRole('button', { name: 'Yes' }).click()
  await expect(widget(page).getByRole('status')).toHaveText('Thanks for letting us know.')
  await expect.poll(() => feedbackRows(article)).toEqual([{ helpful: 1, reason: null, note: null, replaces: null }])
  // Pressed again after a reload: already counted.
  await page.reload()
  await widget(page).getByRole('button', { name: 'Yes' }).click()
  await expect(widget(page).getByRole('status')).toHaveText('Thanks for letting us know.')
  await page.waitForLoadState('networkidle')
  expect(await feedbackRows(article)).toHaveLength(1)
})

test('No, then its reason and a note: the note arrives redacted, and the support link carries the article and reason', async ({ page }) => {
  const article = articleUrl('blocked-by-firewall-or-proxy')
  await db.prepare('DELETE FROM help_feedback WHERE article = ?').run(article)
  await page.goto(article)
  await widget(page).getByRole('button', { name: 'No' }).click()
  await expect.poll(() => feedbackRows(article)).toEqual([{ helpful: 0, reason: null, note: null, replaces: null }])

  await widget(page).getByRole('radio', { name: 'The steps didn’t work' }).check()
  await widget(page).getByRole('textbox', { name: 'Anything else?' }).fill('Proxy still blocks it. Token sk-proj-4fG7hJ2kL9mN3pQ8rS1tU6vW, config in C:\\Users\\ana\\AppData')
  const mail = new URL((await widget(page).locator('[data-feedback-contact]:visible').getAttribute('href'))!)
  expect(mail.searchParams.get('body')).toContain(`${article}\nWhat went wrong: The steps didn’t work`)
  expect(mail.searchParams.get('body')).toContain('Token [api key], config in C:\\Users\\[user]\\AppData')
  await widget(page).getByRole('button', { name: 'Send feedback' }).click()
  await expect(widget(page).getByRole('status')).toHaveText('Thanks: the people who write these articles will read this.')
  await expect.poll(() => feedbackRows(article)).toEqual([
    { helpful: 0, reason: null, note: null, replaces: null },
    // The same reader's No, now with its reason: it replaces the bare one.
    { helpful: 0, reason: 'steps-did-not-work', note: 'Proxy still blocks it. Token [api key], config in C:\\Users\\[user]\\AppData', replaces: 0 },
  ])
  await expect(widget(page).getByRole('link', { name: 'Email support about this article' })).toBeVisible()
})

test('a search that finds nothing is reported once, when the reader stops typing, redacted', async ({ page }) => {
  await forgetGaps('zanzib')
  // The page's clock moves only when the test says: no pause between keys can reach two seconds, however slow the machine.
  await page.clock.install()
  await page.goto('/help')
  await page.locator('[data-search-button][data-search-ready]').waitFor()
  await page.keyboard.press('Control+K')
  const input = dialog(page).getByRole('textbox')
  await expect(input).toBeFocused()
  const query = 'Zanzibarquux 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'
  // Key by key, as a reader types: every prefix is searched and finds nothing; none is reported.
  for (const key of query) {
    await page.keyboard.type(key)
    await page.clock.runFor(100)
  }
  const empty = dialog(page).locator('[data-search-empty]')
  await expect.poll(async () => {
    await page.clock.runFor(20)
    return empty.textContent()
  }).toContain(`No articles match “${query}”`)
  await page.waitForTimeout(500)
  expect(await gapRows('zanzib')).toEqual([])
  // Two seconds without a key: the whole query counts, once, redacted.
  await page.clock.runFor(2100)
  await expect.poll(() => gapRows('zanzib')).toEqual([{ query: 'zanzibarquux [hex]', source: 'dialog' }])
  // Closing search does not report it again.
  await page.keyboard.press('Escape')
  await page.waitForTimeout(500)
  expect(await gapRows('zanzib')).toHaveLength(1)
})

test('closing search reports a search that found nothing at once; one that found articles is not reported', async ({ page }) => {
  await forgetGaps('quokkaflux')
  await page.goto('/help')
  await page.locator('[data-search-button][data-search-ready]').waitFor()
  await page.keyboard.press('Control+K')
  await dialog(page).getByRole('textbox').fill('gateway')
  await expect(dialog(page).getByRole('option').first()).toBeVisible()
  await dialog(page).getByRole('textbox').fill('quokkaflux')
  await expect(dialog(page).locator('[data-search-empty]')).toContainText('No articles match “quokkaflux”')
  await page.keyboard.press('Escape')
  await expect.poll(() => gapRows('quokkaflux')).toEqual([{ query: 'quokkaflux', source: 'dialog' }])
  expect(await gapRows('gateway')).toEqual([])
})

test('the search page reports its searches that find nothing', async ({ page }) => {
  await forgetGaps('wombatgrid')
  await page.goto(`/help/search?q=${encodeURIComponent('Wombatgrid Quuxfault!')}`)
  await expect(page.locator('[data-search-empty]')).toContainText('No articles match')
  await expect.poll(() => gapRows('wombatgrid'), { timeout: 10_000 }).toEqual([{ query: 'wombatgrid quuxfault', source: 'page' }])
})

test.describe('with Global Privacy Control', () => {
  test.use({ extraHTTPHeaders: { 'Sec-GPC': '1' } })

  test('nothing is sent: not the answer, not the empty search', async ({ page }) => {
    const article = articleUrl('email-did-not-arrive', 'account-workspace')
    await db.prepare('DELETE FROM help_feedback WHERE article = ?').run(article)
    await forgetGaps('platypusnet')
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }))
    const posts = recordApiPosts(page)
    await page.goto(article)
    await widget(page).getByRole('button', { name: 'No' }).click()
    await expect(widget(page).getByRole('status')).toContainText('Your browser asks sites not to collect data, so your answer stays on this device.')
    await widget(page).getByRole('radio', { name: 'Something else' }).check()
    await expect(widget(page).getByRole('button', { name: 'Send feedback' })).toHaveCount(0)
    await expect(widget(page).locator('[data-feedback-contact]:visible')).toHaveAttribute('href', /email-did-not-arrive/)

    await page.keyboard.press('Control+K')
    await dialog(page).getByRole('textbox').fill('platypusnet')
    await expect(dialog(page).locator('[data-search-empty]')).toBeVisible()
    await page.keyboard.press('Escape')
    await page.waitForTimeout(2500)
    expect(posts).toEqual([])
    expect(await gapRows('platypusnet')).toEqual([])
    expect(await feedbackRows(article)).toEqual([])
  })
})
