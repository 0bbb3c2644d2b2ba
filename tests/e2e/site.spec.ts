import { articleUrl, expect, test } from './fixtures'

test('/ sends the reader to /help', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/help$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How can we help?')
})

test('every category card draws its icon', async ({ page }) => {
  await page.goto('/help')
  const icons = page.locator('[data-category-card] svg.iconify')
  await expect(icons).toHaveCount(5)
  // Icons are inline SVG rendered at build time: each has something to draw, and room to draw it in.
  for (const icon of await icons.all()) {
    await expect(icon).toBeVisible()
    expect(await icon.locator('path, circle, rect, line, polyline, polygon').count()).toBeGreaterThan(0)
    const box = await icon.boundingBox()
    expect(box!.width).toBeGreaterThan(8)
  }
})

test('home → category → article → related article → previous/next', async ({ page }) => {
  await page.goto('/help')
  const card = page.locator('[data-category-card]', { hasText: 'Troubleshooting' })
  await expect(card).toContainText(/\d+ articles/)
  await card.click()
  await expect(page).toHaveURL(/\/help\/troubleshooting$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Troubleshooting')

  const list = page.locator('[data-article-list] a')
  await expect(list.first()).toContainText('Agent shows \'Disconnected\'')
  await page.getByRole('link', { name: /Chat messages not sending/ }).click()
  await expect(page).toHaveURL(articleUrl('chat-messages-not-sending'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chat messages not sending')

  const related = page.locator('[data-related-articles]:visible a')
  await expect(related).toHaveText(['Agent shows \'Disconnected\'', 'Gateway fails to start', 'Cannot sign in'])
  await related.nth(1).click()
  await expect(page).toHaveURL(articleUrl('gateway-fails-to-start'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gateway fails to start')

  // Previous and next follow the category's order.
  await page.getByRole('link', { name: /Agent shows 'Disconnected'/ }).filter({ hasText: 'Fix a disconnected' }).click()
  await expect(page).toHaveURL(articleUrl('agent-shows-disconnected'))
  await page.getByRole('link', { name: /Gateway fails to start/ }).filter({ hasText: 'Diagnose and fix' }).click()
  await expect(page).toHaveURL(articleUrl('gateway-fails-to-start'))
})

test('previous and next are a labelled navigation; the first article has no previous', async ({ page }) => {
  await page.goto(articleUrl('gateway-fails-to-start'))
  const nav = page.getByRole('navigation', { name: 'Previous and next articles' })
  await expect(nav.locator('a[rel="prev"]')).toContainText('Agent shows \'Disconnected\'')
  await expect(nav.locator('a[rel="next"]')).toContainText('Cannot sign in')
  await page.goto(articleUrl('agent-shows-disconnected'))
  await expect(nav.locator('a[rel="prev"]')).toHaveCount(0)
  await expect(nav.locator('a[rel="next"]')).toContainText('Gateway fails to start')
})

test('the current page ends the breadcrumb trail, marked as the current page', async ({ page }) => {
  await page.goto(articleUrl('cannot-sign-in'))
  const crumbs = page.getByRole('navigation', { name: /breadcrumb/i })
  await expect(crumbs.getByRole('link')).toHaveText(['Help', 'Troubleshooting'])
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Cannot sign in')
})

test('breadcrumbs lead back to the category and home', async ({ page }) => {
  await page.goto(articleUrl('cannot-sign-in'))
  const crumbs = page.getByRole('navigation', { name: /breadcrumb/i })
  await expect(crumbs).toContainText('Help')
  await expect(crumbs).toContainText('Troubleshooting')
  await expect(crumbs).toContainText('Cannot sign in')
  await crumbs.getByRole('link', { name: 'Troubleshooting' }).click()
  await expect(page).toHaveURL(/\/help\/troubleshooting$/)
  await page.getByRole('navigation', { name: /breadcrumb/i }).getByRole('link', { name: 'Help' }).click()
  await expect(page).toHaveURL(/\/help$/)
})

test('the table of contents scrolls to its section', async ({ page }) => {
  await page.goto(articleUrl('gateway-fails-to-start'))
  const toc = page.locator('nav, div').filter({ has: page.getByText('On this page') }).last()
  await expect(toc.getByRole('link', { name: 'Data directory inaccessible' }).last()).toBeVisible()
  const heading = page.locator('h2#data-directory-inaccessible')
  await expect(heading).not.toBeInViewport()
  await toc.getByRole('link', { name: 'Data directory inaccessible' }).last().click()
  await expect(heading).toBeInViewport()
})

test('the table of contents marks the section being read', async ({ page }) => {
  await page.goto(articleUrl('gateway-fails-to-start'))
  const toc = page.getByRole('navigation', { name: 'On this page' })
  const current = toc.locator('a[aria-current="location"]:visible')
  await expect(current).toHaveCount(0)
  await page.locator('h2#data-directory-inaccessible').evaluate(el => el.scrollIntoView())
  await expect(current).toHaveText('Data directory inaccessible')
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(current).toHaveCount(0)
})

test('an article shows its date, callout, external links and support call to action', async ({ page }) => {
  await page.goto(articleUrl('agent-shows-disconnected'))
  await expect(page.getByText('Last updated March 30, 2026')).toBeVisible()
  const tip = page.locator('[data-callout="tip"]')
  await expect(tip).toContainText('~/.openclaw/logs/gateway.log')
  const status = page.getByRole('link', { name: /status\.multiclaw\.io/ })
  await expect(status).toHaveAttribute('target', '_blank')
  await expect(status).toHaveAttribute('rel', /nofollow/)
  await expect(status).toHaveAttribute('rel', /noopener/)
  await expect(status).toHaveAttribute('rel', /noreferrer/)
  await expect(page.getByRole('heading', { name: 'Still stuck?' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Contact support' }).first()).toBeVisible()
})

test('unknown paths get a real 404 page that leads back in', async ({ page }) => {
  for (const path of ['/help/troubleshooting/no-such-article', '/no/such/page']) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn\'t find that page')
    await expect(page).toHaveTitle(/Page not found/)
  }
  await page.locator('[data-category-card]', { hasText: 'Troubleshooting' }).click()
  await expect(page).toHaveURL(/\/help\/troubleshooting$/)
})

test('the 404 page suggests the articles closest to the address asked for', async ({ page }) => {
  await page.goto('/help/troubleshooting/gateway-wont-start')
  const suggestions = page.locator('[data-not-found-suggestions] a')
  await expect(suggestions.first()).toBeVisible()
  await expect(suggestions.filter({ hasText: 'Gateway fails to start' })).toHaveCount(1)
  await suggestions.filter({ hasText: 'Gateway fails to start' }).click()
  await expect(page).toHaveURL(articleUrl('gateway-fails-to-start'))
})

test('every page has its own title and meta description', async ({ page }) => {
  const seen = new Set<string>()
  for (const path of ['/help', '/help/troubleshooting', articleUrl('chat-messages-not-sending'), articleUrl('cannot-sign-in')]) {
    await page.goto(path)
    const title = await page.title()
    const description = await page.locator('meta[name="description"]').getAttribute('content')
    expect(title).toContain('MultiClaw')
    expect(description?.length).toBeGreaterThan(20)
    expect(seen.has(title)).toBe(false)
    seen.add(title)
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('pages are fully rendered with their links', async ({ page }) => {
    await page.goto('/help')
    await expect(page.getByRole('link', { name: /Troubleshooting/ }).first()).toHaveAttribute('href', '/help/troubleshooting')
    await page.goto(articleUrl('chat-messages-not-sending'))
    await expect(page.getByRole('heading', { name: 'API key invalid or out of credits' })).toBeVisible()
    await expect(page.locator('[data-related-articles]:not([data-related-articles-inline]) a')).toHaveCount(3)
    await expect(page.getByRole('link', { name: 'Agent shows Disconnected' })).toHaveAttribute('href', articleUrl('agent-shows-disconnected'))
  })

  test('the table of contents is a list of anchors, open on phones by a tap', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto(articleUrl('gateway-fails-to-start'))
    const toc = page.getByRole('navigation', { name: 'On this page' })
    await toc.locator('summary').click()
    await toc.locator('details').getByRole('link').first().click()
    await expect(page).toHaveURL(/#/)
  })

  test('the color mode follows the system, and the toggle that needs a script is not offered', async ({ page }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/help')
    const light = await background()
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await background()).not.toBe(light)
    await expect(page.getByRole('button', { name: /dark mode/i })).toBeHidden()
  })
})

test('without JavaScript the dark page looks as it does with it', async ({ browser }) => {
  const render = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled, colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto('/help')
    const colors = await page.evaluate(() => [document.body, document.querySelector('header')!, document.querySelector('h1')!]
      .map(element => `${getComputedStyle(element).backgroundColor} ${getComputedStyle(element).color}`))
    await context.close()
    return colors
  }
  expect(await render(false)).toEqual(await render(true))
})

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  test('nothing overflows sideways', async ({ page }) => {
    for (const path of ['/help', '/help/troubleshooting', articleUrl('gateway-fails-to-start')]) {
      await page.goto(path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })

  test('related articles stay reachable below the article', async ({ page }) => {
    await page.goto(articleUrl('chat-messages-not-sending'))
    const related = page.locator('[data-related-articles]:visible a')
    await expect(related).toHaveText(['Agent shows \'Disconnected\'', 'Gateway fails to start', 'Cannot sign in'])
    await related.first().click()
    await expect(page).toHaveURL(articleUrl('agent-shows-disconnected'))
  })
})

test('dark and light mode can be switched', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/help')
  const html = page.locator('html')
  await expect(html).not.toHaveClass(/dark/)
  const toggle = page.getByRole('button', { name: /dark mode/i })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(html).toHaveClass(/dark/)
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  // The choice is remembered on the next page, over the system's preference.
  await page.goto(articleUrl('cannot-sign-in'))
  await expect(html).toHaveClass(/dark/)
  await page.getByRole('button', { name: /dark mode/i }).click()
  await expect(html).not.toHaveClass(/dark/)
})
