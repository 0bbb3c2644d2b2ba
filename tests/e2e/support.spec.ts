import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// The site built with NUXT_APP_BASE_URL=/support/ (npm run generate:support).
// Paths here are relative to the base URL: `help` is /support/help.

async function expectLinksUnderBase(page: Page) {
  const hrefs = await page.locator('a[href^="/"]').evaluateAll(links => links.map(a => a.getAttribute('href')!))
  expect(hrefs.length).toBeGreaterThan(0)
  expect(hrefs.filter(href => !href.startsWith('/support/'))).toEqual([])
}

test.describe('served from /support/', () => {
  test('every page, link and asset lives under the base path', async ({ page }) => {
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
    })
    for (const path of ['help', 'help/troubleshooting', 'help/troubleshooting/gateway-fails-to-start', 'help/search?q=quota']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      await expectLinksUnderBase(page)
    }
    expect(failed).toEqual([])
  })

  test('/support/ sends the reader to /support/help', async ({ page }) => {
    await page.goto('./')
    await expect(page).toHaveURL(/\/support\/help$/)
  })

  test('browsing and related articles stay under the base path', async ({ page }) => {
    await page.goto('help')
    await page.locator('[data-category-card]', { hasText: 'Troubleshooting' }).click()
    await expect(page).toHaveURL(/\/support\/help\/troubleshooting$/)
    await page.getByRole('link', { name: /Chat messages not sending/ }).click()
    await expect(page).toHaveURL(/\/support\/help\/troubleshooting\/chat-messages-not-sending$/)
    await page.locator('[data-related-articles]:visible a').first().click()
    await expect(page).toHaveURL(/\/support\/help\/troubleshooting\/agent-shows-disconnected$/)
  })

  test('search results lead to sections under the base path', async ({ page }) => {
    await page.goto('help')
    await page.locator('[data-search-button][data-search-ready]').waitFor()
    await page.keyboard.press('Control+k')
    const dialog = page.getByRole('dialog', { name: 'Search the help center' })
    await dialog.getByRole('textbox').fill('lsof')
    await expect(dialog.getByRole('option').first()).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/support\/help\/[a-z-]+\/[a-z-]+#[a-z-]+$/)

    await page.goto('help/search?q=quota')
    const results = page.locator('[data-search-results] a')
    await expect(results.first()).toHaveAttribute('href', /^\/support\/help\//)
  })

  test('absolute URLs (canonical, Open Graph, sitemap, llms.txt, llms-full.txt) carry the base path', async ({ page, request }) => {
    const site = (process.env.NUXT_SITE_URL || 'https://help.multiclaw.io').replace(/\/+$/, '')
    await page.goto('help/troubleshooting/chat-messages-not-sending')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}/support/help/troubleshooting/chat-messages-not-sending`)
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${site}/support/help/troubleshooting/chat-messages-not-sending`)

    const sitemap = await (await request.get('sitemap.xml')).text()
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!)
    expect(locs).toContain(`${site}/support/help`)
    expect(locs.filter(loc => !loc.startsWith(`${site}/support/help`))).toEqual([])

    const llms = await (await request.get('llms.txt')).text()
    expect(llms).toContain(`${site}/support/help/troubleshooting/chat-messages-not-sending.md`)
    expect(llms).toContain(`${site}/support/llms-full.txt`)
    const full = await (await request.get('llms-full.txt')).text()
    expect(full).toContain(`Source: ${site}/support/help/troubleshooting/chat-messages-not-sending`)
  })

  test('the 404 page answers under the base path and links back in', async ({ page }) => {
    const response = await page.goto('help/troubleshooting/no-such-article')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn\'t find that page')
    await expectLinksUnderBase(page)
  })
})

test.describe('an article with hostile HTML', () => {
  const path = 'help/troubleshooting/hostile-html'
  test.use({ allowBrokenImages: true })

  test('renders its text and runs none of its script', async ({ page }) => {
    // The fixture fails the test on any dialog, page error or console error.
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hostile HTML <img src=x onerror="alert('title')">`)
    await expect(page.getByText(`try to run script "><script>alert('description')</script>`).first()).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Still readable' })).toBeVisible()
    const body = page.locator('main')
    await expect(body.locator('script:not([type]), iframe, object, embed, svg script')).toHaveCount(0)
    await expect(body.locator('[onerror], [onmouseover], [onload]')).toHaveCount(0)
    const hrefs = await body.locator('a[href]').evaluateAll(links => links.map(a => a.getAttribute('href')!.toLowerCase()))
    expect(hrefs.filter(href => /^\s*(javascript|data|vbscript):/.test(href))).toEqual([])
    await page.getByText('hover anywhere').hover()
    await page.getByText('javascript link', { exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${path}$`))
  })

  test('is served with a strict Content-Security-Policy', async ({ page }) => {
    const response = await page.goto(path)
    const header = response?.headers()['content-security-policy'] ?? ''
    expect(header).toMatch(/script-src 'self'( 'sha256-[^']+')+;/)
    expect(header).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/)
  })
})
