import type { Page } from '@playwright/test'
import { articleUrl, expect, test } from './fixtures'

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the help center' })
const searchInput = (page: Page) => dialog(page).getByRole('textbox')

async function openSearch(page: Page, path = '/help') {
  await page.goto(path)
  await page.locator('[data-search-button][data-search-ready]').waitFor()
  await page.keyboard.press('Control+k')
  await expect(dialog(page)).toBeVisible()
}

test('a page loads no search code or index until the reader starts a search', async ({ page }) => {
  const loaded: string[] = []
  page.on('response', async (response) => {
    const url = response.url()
    if (url.includes('/search-index/')) loaded.push(url)
    if (url.endsWith('.js') && (await response.text()).includes('loadJSONAsync')) loaded.push(`MiniSearch in ${url}`)
  })
  for (const path of ['/help', '/help/troubleshooting', articleUrl('gateway-fails-to-start')]) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  expect(loaded).toEqual([])

  await page.keyboard.press('Control+k')
  await searchInput(page).fill('port')
  await expect(dialog(page).getByRole('option').first()).toBeVisible()
  expect(loaded.some(url => url.endsWith('/search-index/meta.json'))).toBe(true)
})

test('Ctrl+K opens search; "quota" leads to the API key section', async ({ page }) => {
  await openSearch(page)
  await expect(searchInput(page)).toBeFocused()
  await searchInput(page).fill('quota')
  const options = dialog(page).getByRole('option')
  const apiKeySection = options.filter({ hasText: 'Chat messages not sending' }).filter({ hasText: 'API key invalid or out of credits' })
  await expect(apiKeySection).toBeVisible()
  await expect(apiKeySection.locator('mark').first()).toHaveText(/quota/i)
  // Among the first three results; the arrow keys reach it and Enter opens it.
  const position = await options.evaluateAll(els => els.findIndex(el =>
    el.textContent!.includes('Chat messages not sending') && el.textContent!.includes('API key invalid or out of credits')))
  expect(position).toBeGreaterThanOrEqual(0)
  expect(position).toBeLessThan(3)
  for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`${articleUrl('chat-messages-not-sending')}#api-key-invalid-or-out-of-credits`)
  await expect(page.locator('h2#api-key-invalid-or-out-of-credits')).toBeInViewport()
})

test('what the reader types while the search code is still loading is kept', async ({ page }) => {
  await page.goto('/help')
  await page.locator('[data-search-button][data-search-ready]').waitFor()
  // A slow connection: code fetched from now on arrives a second late.
  await page.route('**/_nuxt/**', async (route) => {
    await new Promise(resolve => setTimeout(resolve, 1000))
    await route.continue()
  })
  await page.keyboard.press('Control+k')
  await page.keyboard.type('Quotx')
  await page.keyboard.press('Backspace')
  await page.keyboard.type('a')
  await expect(searchInput(page)).toHaveValue('Quota')
  await expect(searchInput(page)).toBeFocused()
  await expect(dialog(page).getByRole('option').filter({ hasText: 'API key invalid or out of credits' }).first()).toBeVisible()
  // Typing goes on in the search box.
  await page.keyboard.type(' key')
  await expect(searchInput(page)).toHaveValue('Quota key')
})

test('arrow keys move between results and Escape closes', async ({ page }) => {
  await openSearch(page)
  await searchInput(page).fill('gateway')
  const options = dialog(page).getByRole('option')
  await expect(options.nth(1)).toBeVisible()
  await expect(options.first()).toHaveAttribute('data-highlighted', '')
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('data-highlighted', '')
  await page.keyboard.press('Escape')
  await expect(dialog(page)).toBeHidden()
})

test('"/" and the header\'s search link open search too', async ({ page }) => {
  await page.goto(articleUrl('cannot-sign-in'))
  await page.locator('[data-search-button][data-search-ready]').waitFor()
  await page.keyboard.press('/')
  await expect(dialog(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog(page)).toBeHidden()
  await page.getByRole('link', { name: 'Search…' }).click()
  await expect(dialog(page)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`${articleUrl('cannot-sign-in')}$`))
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header\'s search link leads to the search page', async ({ page }) => {
    await page.goto(articleUrl('cannot-sign-in'))
    await page.getByRole('link', { name: 'Search…' }).click()
    await expect(page).toHaveURL(/\/help\/search$/)
    await expect(page.getByRole('searchbox', { name: 'Search the help center' })).toBeVisible()
  })
})

test('"can\'t log in" finds the sign-in fix first', async ({ page }) => {
  await openSearch(page)
  await searchInput(page).fill('can\'t log in')
  await expect(dialog(page).getByRole('option').first()).toContainText('Cannot sign in')
})

test('a typo still finds the gateway articles', async ({ page }) => {
  await openSearch(page)
  await searchInput(page).fill('gatway')
  await expect(dialog(page).getByRole('option').first()).toContainText(/gateway/i)
})

for (const query of ['18789', 'openclaw.json']) {
  test(`"${query}" finds "Gateway fails to start"`, async ({ page }) => {
    await openSearch(page)
    await searchInput(page).fill(query)
    await expect(dialog(page).getByRole('option').filter({ hasText: 'Gateway fails to start' }).first()).toBeVisible()
  })
}

test('no results says so and offers the categories and support', async ({ page }) => {
  await openSearch(page)
  await searchInput(page).fill('zebrafishing')
  const empty = dialog(page).locator('[data-search-empty]')
  await expect(empty).toContainText('No articles match “zebrafishing”')
  await expect(empty.getByRole('link', { name: 'Contact support' })).toBeVisible()
})

test('hostile queries show as text and run nothing', async ({ page }) => {
  await openSearch(page)
  const results = dialog(page).locator('[role="option"], [data-search-empty]')
  for (const query of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '!!!???', 'x'.repeat(10_000)]) {
    await searchInput(page).fill(query)
    await expect(results.first()).toBeVisible()
    await expect(searchInput(page)).toHaveValue(query)
  }
  await searchInput(page).fill('<img src=q onerror=zq()>')
  await expect(dialog(page).locator('[data-search-empty]')).toContainText('<img src=q onerror=zq()>')
  await expect(dialog(page).locator('img, script')).toHaveCount(0)
})

test.describe('the search page', () => {
  test('lists the same results as links to sections', async ({ page }) => {
    await page.goto('/help/search?q=quota')
    const apiKeySection = page.locator(`[data-search-results] a[href="${articleUrl('chat-messages-not-sending')}#api-key-invalid-or-out-of-credits"]`)
    await expect(apiKeySection).toContainText('API key invalid or out of credits')
    await expect(apiKeySection).toContainText('Chat messages not sending')
    await expect(apiKeySection.locator('mark').first()).toHaveText(/quota/i)
    await expect(page.getByRole('searchbox')).toHaveValue('quota')
  })

  test('searches with its own script, whatever becomes of the page script', async ({ page }) => {
    // The page script (header shortcuts, color mode) is replaced by an empty one.
    await page.route(/\/_enhance\/page-[\w-]+\.js$/, route => route.fulfill({ contentType: 'text/javascript', body: '' }))
    await page.goto('/help/search?q=quota')
    await expect(page.locator('[data-search-results] a', { hasText: 'API key invalid or out of credits' }).first()).toBeVisible()
    await page.getByRole('searchbox').fill('18789')
    await expect(page).toHaveURL(/\?q=18789$/)
  })

  test('typing updates the results and the address', async ({ page }) => {
    await page.goto('/help/search')
    await page.getByRole('searchbox').fill('18789')
    await expect(page.locator('[data-search-results] a', { hasText: 'Gateway fails to start' }).first()).toBeVisible()
    await expect(page).toHaveURL(/\?q=18789$/)
  })

  test('the home page search box leads there', async ({ page }) => {
    await page.goto('/help')
    await page.getByRole('searchbox', { name: 'Search the help center' }).fill('openclaw.json')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/help\/search\?q=openclaw\.json/)
    await expect(page.locator('[data-search-results] a', { hasText: 'Gateway fails to start' }).first()).toBeVisible()
  })

  test('hostile queries are shown as text', async ({ page }) => {
    await page.goto(`/help/search?q=${encodeURIComponent('<img src=q onerror=zq()>')}`)
    await expect(page.locator('[data-search-empty]')).toContainText('No articles match “<img src=q onerror=zq()>”')
    await page.goto(`/help/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`)
    await expect(page.getByRole('searchbox')).toHaveValue('<img src=x onerror=alert(1)>')
    await expect(page.locator('[data-search-results] a, [data-search-empty]').first()).toBeVisible()
    await expect(page.locator('main img')).toHaveCount(0)
    await page.goto(`/help/search?q=${encodeURIComponent('"><script>alert(1)</script>')}`)
    await expect(page.locator('[data-search-empty]')).toBeVisible()
  })
})

test('an error code pasted from the app leads to the section that fixes it, first', async ({ page }) => {
  await openSearch(page, articleUrl('cannot-sign-in'))
  await searchInput(page).fill('Error: listen EADDRINUSE: address already in use 127.0.0.1:18789')
  const first = dialog(page).getByRole('option').first()
  await expect(first).toContainText('Port conflict')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`${articleUrl('gateway-fails-to-start')}#port-conflict`)
})

test('a misspelled search that finds nothing offers the corrected one, which runs on a click', async ({ page }) => {
  await openSearch(page)
  await searchInput(page).fill('conectoin')
  const suggestion = dialog(page).locator('[data-search-suggestion]')
  await expect(suggestion).toHaveText('connection')
  await expect(dialog(page).getByText('Did you mean connection?')).toBeVisible()
  await suggestion.click()
  await expect(searchInput(page)).toHaveValue('connection')
  await expect(dialog(page).getByRole('option').first()).toBeVisible()
})

test('the search page offers the corrected search too, and keeps the address in step', async ({ page }) => {
  await page.goto('/help/search?q=conectoin')
  await page.locator('[data-search-suggestion]', { hasText: 'connection' }).click()
  await expect(page).toHaveURL(/\/help\/search\?q=connection$/)
  await expect(page.getByRole('searchbox')).toHaveValue('connection')
  await expect(page.locator('[data-search-results] a').first()).toBeVisible()
})

test('a question is answered by the article about it, whatever words it shares with others', async ({ page }) => {
  await openSearch(page)
  await searchInput(page).fill('how do I restart the gateway')
  await expect(dialog(page).getByRole('option').first()).toContainText('Check and restart the gateway')
})
