import { readdirSync, readFileSync } from 'node:fs'
import type { APIRequestContext, Page } from '@playwright/test'
import { articleUrl, expect, test } from './fixtures'

// What search engines and assistants read: sitemap.xml, robots.txt, head tags,
// JSON-LD, llms.txt, the articles' Markdown, and the printed page.

const siteUrl = (process.env.NUXT_SITE_URL || 'https://help.multiclaw.io').replace(/\/+$/, '')
const siteName = 'MultiClaw Help Center'

/** A URL of the published site → the same path on the site under test. */
function localPath(url: string): string {
  expect(url.startsWith(`${siteUrl}/`), `${url} is on ${siteUrl}`).toBe(true)
  const parsed = new URL(url)
  return parsed.pathname + parsed.search
}

/** Every article file under content/help, with its URL and whether it is a draft. */
function contentArticles(): Array<{ path: string, draft: boolean, updatedAt: string, body: string }> {
  const root = new URL('../../content/help/', import.meta.url)
  return readdirSync(root).flatMap(category =>
    readdirSync(new URL(`${category}/`, root)).filter(file => file.endsWith('.md')).map((file) => {
      const text = readFileSync(new URL(`${category}/${file}`, root), 'utf8')
      const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? []
      return {
        path: `/help/${category}/${file.replace(/^\d+\./, '').replace(/\.md$/, '')}`,
        draft: /^draft:\s*true\s*$/m.test(frontMatter),
        updatedAt: /^updatedAt:\s*(\S+)/m.exec(frontMatter)?.[1] ?? '',
        body: body.trim(),
      }
    }),
  )
}

async function sitemap(request: APIRequestContext): Promise<Array<{ loc: string, lastmod?: string }>> {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('xml')
  const xml = await response.text()
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(entry!)?.[1] ?? '',
    lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(entry!)?.[1],
  }))
}

async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return scripts.map(text => JSON.parse(text))
}

test('sitemap.xml lists /help, the categories and every published article, each reachable and dated', async ({ request }) => {
  const entries = await sitemap(request)
  const paths = entries.map(entry => localPath(entry.loc))
  const articles = contentArticles()

  expect(paths).toContain('/help')
  expect(paths).toContain('/help/troubleshooting')
  for (const article of articles.filter(a => !a.draft)) expect(paths).toContain(article.path)
  for (const article of articles.filter(a => a.draft)) expect(paths).not.toContain(article.path)
  expect(paths).not.toContain('/not-found')
  expect(paths).not.toContain('/')
  expect(new Set(paths).size).toBe(paths.length)

  for (const entry of entries) expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d{2}-\d{2}/)
  const chat = entries.find(entry => entry.loc === `${siteUrl}${articleUrl('chat-messages-not-sending')}`)
  expect(chat?.lastmod).toBe(articles.find(a => a.path === articleUrl('chat-messages-not-sending'))?.updatedAt)

  for (const path of paths) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
  }
})

test('robots.txt allows crawling and points to the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt')
  expect(response.status()).toBe(200)
  const text = await response.text()
  expect(text).toMatch(/^User-agent: \*$/m)
  expect(text).not.toMatch(/^Disallow: \/\s*$/m)
  expect(text).toContain(`Sitemap: ${siteUrl}/sitemap.xml`)
})

for (const { path, title, type } of [
  { path: '/help', title: 'Help Center', type: 'website' },
  { path: '/help/troubleshooting', title: 'Troubleshooting', type: 'website' },
  { path: articleUrl('chat-messages-not-sending'), title: 'Chat messages not sending', type: 'article' },
]) {
  test(`${path} has its canonical URL, Open Graph and Twitter tags`, async ({ page }) => {
    await page.goto(path)
    const url = `${siteUrl}${path}`
    const meta = (attribute: 'name' | 'property', key: string) => page.locator(`meta[${attribute}="${key}"]`)
    await expect(page).toHaveTitle(`${title} · ${siteName}`)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url)
    const description = await meta('name', 'description').getAttribute('content')
    expect(description?.length).toBeGreaterThan(20)
    await expect(meta('property', 'og:title')).toHaveAttribute('content', title)
    await expect(meta('property', 'og:description')).toHaveAttribute('content', description!)
    await expect(meta('property', 'og:url')).toHaveAttribute('content', url)
    await expect(meta('property', 'og:type')).toHaveAttribute('content', type)
    await expect(meta('property', 'og:site_name')).toHaveAttribute('content', siteName)
    await expect(meta('name', 'twitter:card')).toHaveAttribute('content', 'summary')
    await expect(meta('name', 'twitter:title')).toHaveAttribute('content', title)
    await expect(meta('name', 'twitter:description')).toHaveAttribute('content', description!)
    // One of each.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1)
    await expect(meta('property', 'og:url')).toHaveCount(1)
  })
}

test('an article describes itself in JSON-LD: breadcrumbs, the article and its numbered steps', async ({ page }) => {
  const path = articleUrl('chat-messages-not-sending')
  const url = `${siteUrl}${path}`
  await page.goto(path)
  const data = await jsonLd(page)
  for (const item of data) expect(item['@context']).toBe('https://schema.org')

  const breadcrumbs = data.find(item => item['@type'] === 'BreadcrumbList')
  expect(breadcrumbs?.itemListElement).toEqual([
    { '@type': 'ListItem', 'position': 1, 'name': 'Help', 'item': `${siteUrl}/help` },
    { '@type': 'ListItem', 'position': 2, 'name': 'Troubleshooting', 'item': `${siteUrl}/help/troubleshooting` },
    { '@type': 'ListItem', 'position': 3, 'name': 'Chat messages not sending', 'item': url },
  ])

  const article = data.find(item => item['@type'] === 'TechArticle')
  expect(article).toMatchObject({
    headline: 'Chat messages not sending',
    description: 'Fix a stuck message input caused by a stopped gateway, missing model, or invalid API key.',
    dateModified: '2026-03-30',
    url,
  })

  const howTos = data.filter(item => item['@type'] === 'HowTo')
  expect(howTos.map(h => h.name)).toEqual([
    'Gateway is offline',
    'No AI model configured',
    'API key invalid or out of credits',
    'Network issue reaching the provider',
  ])
  expect(howTos[0]).toMatchObject({
    url: `${url}#gateway-is-offline`,
    step: [
      { '@type': 'HowToStep', 'position': 1, 'text': 'Open Settings > Gateway.' },
      { '@type': 'HowToStep', 'position': 2, 'text': 'If the status shows Stopped, click Start.' },
      { '@type': 'HowToStep', 'position': 3, 'text': 'Wait for the status to change to Running, then resend your message.' },
    ],
  })
})

test('the numbered steps for each computer are a HowTo of their own, at the panel that holds them', async ({ page }) => {
  const path = articleUrl('change-the-gateway-port', 'gateway')
  await page.goto(path)
  const howTos = (await jsonLd(page)).filter(item => item['@type'] === 'HowTo') as Array<{ name: string, url: string, step: unknown[] }>
  const mac = howTos.find(h => h.url === `${siteUrl}${path}#check-whether-the-port-is-in-use-mac`)
  expect(mac?.name).toBe('Check whether the port is in use (macOS)')
  expect(mac?.step[0]).toEqual({ '@type': 'HowToStep', 'position': 1, 'text': 'Open Terminal.' })
  // Every HowTo leads to a place on the page: the panel's anchor exists.
  for (const howTo of howTos) {
    const id = decodeURIComponent(new URL(howTo.url).hash.slice(1))
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1)
  }
  expect(howTos.map(h => h.name)).toEqual(expect.arrayContaining(['Change the port (Windows)', 'Change the port (Linux)']))
})

test('a category page has breadcrumbs and no article data; the home page has neither', async ({ page }) => {
  await page.goto('/help/troubleshooting')
  const category = await jsonLd(page)
  expect(category.map(item => item['@type'])).toEqual(['BreadcrumbList'])
  expect((category[0]!.itemListElement as unknown[]).length).toBe(2)
  await page.goto('/help')
  expect(await jsonLd(page)).toEqual([])
})

test('following a link to another article gives that article\'s own head tags', async ({ page }) => {
  await page.goto('/help/troubleshooting')
  await page.getByRole('link', { name: /Cannot sign in/ }).first().click()
  await expect(page).toHaveURL(articleUrl('cannot-sign-in'))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}${articleUrl('cannot-sign-in')}`)
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect.poll(async () => (await jsonLd(page)).find(item => item['@type'] === 'TechArticle')?.headline).toBe('Cannot sign in')
  expect((await jsonLd(page)).filter(item => item['@type'] === 'BreadcrumbList')).toHaveLength(1)
})

test('llms.txt summarises the site and links every published article, grouped by category', async ({ request }) => {
  const response = await request.get('/llms.txt')
  expect(response.status()).toBe(200)
  const text = await response.text()
  expect(text).toMatch(new RegExp(`^# ${siteName}\n\n> .{20,}`))
  expect(text).toContain('\n## Troubleshooting\n')

  const links = [...text.matchAll(/^- \[([^\]]+)\]\(([^)]+)\)(?:: (.+))?$/gm)].map(([, title, href, description]) => ({ title, href: href!, description }))
  const articles = contentArticles()
  for (const article of articles.filter(a => !a.draft)) {
    const link = links.find(l => l.href === `${siteUrl}${article.path}.md`)
    expect(link, article.path).toBeDefined()
    expect(link?.description?.length).toBeGreaterThan(20)
  }
  for (const article of articles.filter(a => a.draft)) expect(text).not.toContain(article.path)
  expect(links.some(l => l.href === `${siteUrl}/llms-full.txt`)).toBe(true)

  for (const link of links) {
    const linked = await request.get(localPath(link.href))
    expect(linked.status(), link.href).toBe(200)
  }
})

test('llms-full.txt carries every published article in Markdown', async ({ request }) => {
  const text = await (await request.get('/llms-full.txt')).text()
  for (const article of contentArticles().filter(a => !a.draft)) {
    expect(text).toContain(`Source: ${siteUrl}${article.path}`)
  }
  expect(text).toContain('\n# Chat messages not sending\n')
  expect(text).toContain('\n## Gateway is offline\n')
  expect(text).toContain(`(${siteUrl}/help/troubleshooting/agent-shows-disconnected)`)
  expect(text).not.toMatch(/^updatedAt:/m)
})

test('an article\'s .md URL returns its Markdown', async ({ request, page }) => {
  const path = articleUrl('chat-messages-not-sending')
  const response = await request.get(`${path}.md`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/markdown')
  const text = await response.text()
  expect(text.startsWith('# Chat messages not sending\n\n> Fix a stuck message input')).toBe(true)
  expect(text).toContain(contentArticles().find(a => a.path === path)!.body)
  expect(text).not.toContain('updatedAt:')

  // The page points to it.
  await page.goto(path)
  await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', `${path}.md`)
})

test.describe('printed', () => {
  test('an article prints as its text and steps, without the site around it', async ({ page }) => {
    await page.goto(articleUrl('chat-messages-not-sending'))
    await page.emulateMedia({ media: 'print' })
    for (const selector of [
      'header',
      'footer',
      'nav[aria-label="breadcrumb"]',
      '[data-article-toc]',
      '[data-related-articles]',
      '[data-article-surround]',
      '[data-contact-support]',
    ]) {
      const elements = page.locator(selector)
      expect(await elements.count(), `${selector} is on the page`).toBeGreaterThan(0)
      for (const element of await elements.all()) await expect(element, selector).toBeHidden()
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chat messages not sending')
    await expect(page.getByText('Last updated March 30, 2026')).toBeVisible()
    const steps = page.locator('h2#gateway-is-offline ~ ol').first().locator('li')
    await expect(steps).toHaveCount(3)
    for (const step of await steps.all()) await expect(step).toBeVisible()

    await page.emulateMedia({ media: 'screen' })
    await expect(page.locator('header').first()).toBeVisible()
  })

  test('outside links show where they go; the search form is left out', async ({ page }) => {
    await page.goto(articleUrl('agent-shows-disconnected'))
    await page.emulateMedia({ media: 'print' })
    const link = page.locator('main a[href="https://status.multiclaw.io"]').first()
    const after = await link.evaluate(element => getComputedStyle(element, '::after').content)
    expect(after).toContain('https://status.multiclaw.io')
    const internal = page.locator('main a[href^="/help/"]').first()
    expect(await internal.evaluate(element => getComputedStyle(element, '::after').content)).toBe('none')

    await page.goto('/help')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('[role="search"]').first()).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })
})
