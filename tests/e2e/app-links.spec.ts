import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { articleUrl, expect, test } from './fixtures'

const portConflict = `${articleUrl('gateway-fails-to-start')}#port-conflict`
const apiKeySection = `${articleUrl('chat-messages-not-sending')}#api-key-invalid-or-out-of-credits`

test.describe('links from an error in the app', () => {
  test('/help/e/EADDRINUSE lands on the section that fixes it', async ({ page }) => {
    await page.goto('/help/e/EADDRINUSE')
    await expect(page).toHaveURL(portConflict)
    await expect(page.getByRole('heading', { name: 'Port conflict' })).toBeInViewport()
  })

  test('a code in lower case, URL-encoded or in any other case works too', async ({ page }) => {
    await page.goto('/help/e/eaddrinuse')
    await expect(page).toHaveURL(portConflict)
    await page.goto('/help/e/Insufficient%20quota')
    await expect(page).toHaveURL(apiKeySection)
    // Not a prerendered spelling: the not-found page looks the code up.
    await page.goto('/help/e/insufficient%20QUOTA')
    await expect(page).toHaveURL(apiKeySection)
  })

  test('the app\'s platform and version come along; what is not valid is dropped', async ({ page }) => {
    await page.goto('/help/e/EADDRINUSE?os=windows&app=2.4.1&ref=x')
    await expect(page).toHaveURL(`${articleUrl('gateway-fails-to-start')}?os=windows&app=2.4.1#port-conflict`)
    await page.goto('/help/e/eAddrInUse?os=amiga&app=%3Cscript%3E')
    await expect(page).toHaveURL(portConflict)
  })

  test('an unknown code never dead-ends: the not-found page searches for it and offers support', async ({ page }) => {
    const response = await page.goto('/help/e/GATEWAY_CRASHED')
    expect(response?.status()).toBe(404)
    const results = page.getByRole('navigation', { name: 'Articles about “GATEWAY_CRASHED”' })
    await expect(results.getByRole('link').first()).toBeVisible()
    await expect(results.getByRole('link', { name: /Gateway/ }).first()).toHaveAttribute('href', /^\/help\/[\w-]+\/[\w-]+/)
    await expect(page.getByRole('link', { name: /Contact support/ }).first()).toBeVisible()
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('a code\'s link still forwards to its article', async ({ page }) => {
      await page.goto('/help/e/EADDRINUSE')
      await expect(page).toHaveURL(portConflict)
    })
  })
})

test.describe('the help API', () => {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }))
  const schemaDir = join(process.cwd(), 'public/help/api/v1/schemas')
  for (const file of readdirSync(schemaDir)) ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')))
  const valid = (schema: string, data: unknown) => ajv.validate(schema, data) ? [] : ajv.errors!.map(e => `${e.instancePath} ${e.message}`)

  // The articles a build publishes: every article file that is not a draft.
  const published = readdirSync('content/help', { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.md') && !/^draft:\s*true\s*$/m.test(readFileSync(join('content/help', file), 'utf8')))
    .map(file => `/help/${file.replace(/\\/g, '/').replace(/\/\d+\./, '/').replace(/\.md$/, '')}`)
    .sort()

  test('index.json validates and lists exactly the published articles, with their codes', async ({ request }) => {
    const response = await request.get('/help/api/v1/index.json')
    expect(response.headers()['access-control-allow-origin']).toBe('*')
    const index = await response.json()
    expect(valid('index.schema.json', index)).toEqual([])
    expect(index.articles.map((a: { path: string }) => a.path).sort()).toEqual(published)
    const gateway = index.articles.find((a: { slug: string }) => a.slug === 'gateway-fails-to-start')
    expect(gateway.errors).toContainEqual({ code: 'EADDRINUSE', section: 'port-conflict' })
  })

  test('errors.json validates, and every code leads to a section that exists', async ({ request, page }) => {
    const errors = await (await request.get('/help/api/v1/errors.json')).json()
    expect(valid('errors.schema.json', errors)).toEqual([])
    expect(errors.errors.EADDRINUSE).toEqual({ url: expect.stringMatching(/\/help\/troubleshooting\/gateway-fails-to-start#port-conflict$/), article: articleUrl('gateway-fails-to-start'), section: 'port-conflict' })
    for (const { article, section } of Object.values(errors.errors) as Array<{ article: string, section: string | null }>) {
      await page.goto(article)
      if (section) await expect(page.locator(`[id="${section}"]`)).toHaveCount(1)
    }
  })

  test('each published article\'s JSON validates', async ({ request }) => {
    for (const path of published) {
      const response = await request.get(`${path.replace('/help/', '/help/api/v1/articles/')}.json`)
      expect(response.ok(), path).toBe(true)
      expect(valid('article.schema.json', await response.json()), path).toEqual([])
    }
  })

  test('pages are not readable from other origins; _redirects gives real 301s for code links', async ({ request }) => {
    expect((await request.get('/help')).headers()['access-control-allow-origin']).toBeUndefined()
    const redirects = await (await request.get('/_redirects')).text()
    expect(redirects).toContain(`/help/e/EADDRINUSE ${portConflict} 301\n`)
    expect(redirects).toContain(`/help/e/insufficient%20quota ${apiKeySection} 301\n`)
  })
})
