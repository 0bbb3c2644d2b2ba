import { readFileSync } from 'node:fs'
import { articleUrl, expect, test } from './fixtures'
import { decodePayload } from './payload'

// The original help center's payload for one page: the four articles it carries are our spec.
const referenceText = readFileSync(new URL('../fixtures/chat-messages-not-sending.payload.json', import.meta.url), 'utf8')
const reference = decodePayload(referenceText).data
const referenceArticles = [
  reference['help-article-/troubleshooting/chat-messages-not-sending'],
  ...(reference['related-articles-/troubleshooting/chat-messages-not-sending'] as unknown[]),
] as Array<Record<string, unknown>>

// Pages ship no payload: the article as the build publishes it is its JSON in the help API.
const articleJson = (slug: string) => `/help/api/v1/articles/troubleshooting/${slug}.json`

for (const expected of referenceArticles) {
  test(`${expected.slug}: published body, title, description and category match the reference`, async ({ request }) => {
    const response = await request.get(articleJson(String(expected.slug)))
    expect(response.ok()).toBe(true)
    const article = await response.json() as Record<string, unknown>
    expect(article.path).toBe(articleUrl(String(expected.slug)))
    expect(article.title).toBe(expected.title)
    expect(article.description).toBe(expected.description)
    expect(article.category).toBe(expected.category)
    expect(article.body).toEqual(expected.body)
  })
}

test('article pages load no payload and no other article body', async ({ page }) => {
  const loaded: string[] = []
  page.on('request', request => loaded.push(request.url()))
  await page.goto(articleUrl('chat-messages-not-sending'))
  await page.locator('[data-search-button][data-search-ready]').waitFor()
  expect(loaded.filter(url => /_payload\.json|\/api\/v1\//.test(url))).toEqual([])
})
