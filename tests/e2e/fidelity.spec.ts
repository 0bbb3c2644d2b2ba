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

for (const expected of referenceArticles) {
  test(`${expected.slug}: payload body, title, description and category match the reference`, async ({ request }) => {
    const path = articleUrl(String(expected.slug))
    const response = await request.get(`${path}/_payload.json`)
    expect(response.ok()).toBe(true)
    const article = decodePayload(await response.text()).data[`article:${path}`] as Record<string, unknown>
    expect(article.title).toBe(expected.title)
    expect(article.description).toBe(expected.description)
    expect(article.category).toBe(expected.category)
    expect(article.body).toEqual(expected.body)
  })
}

test('the article payload ships no other article bodies and is far smaller than the reference', async ({ request }) => {
  const text = await (await request.get(`${articleUrl('chat-messages-not-sending')}/_payload.json`)).text()
  const bytes = Buffer.byteLength(text)
  expect(bytes).toBeLessThan(Buffer.byteLength(referenceText) * 0.4)
  const data = decodePayload(text).data
  const bodies = JSON.stringify(data).match(/"type":"minimark"/g) ?? []
  expect(bodies).toHaveLength(1)
  console.log(`chat-messages-not-sending/_payload.json: ${bytes} bytes (reference ${Buffer.byteLength(referenceText)})`)
})
