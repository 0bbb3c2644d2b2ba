import { expect, test } from '@playwright/test'
import { inspectContent } from '../../modules/content-checks/check-content'

// The link checker computes heading and platform panel anchors from the Markdown
// (modules/content-checks): they must be exactly the ids the built pages give them.
const { articles } = await inspectContent('.')
/** Heading ids of the page around the article (the related-articles sidebar, twice, and "Was this helpful?"). */
const LAYOUT_HEADING_IDS = ['related-articles-title', 'related-articles-below-title', 'article-feedback-title']

for (const article of articles.filter(a => a.url && !a.draft)) {
  test(`${article.url}: the checker's anchors are the page's heading and panel ids`, async ({ request }) => {
    const html = await (await request.get(article.url!)).text()
    const ids = [...html.matchAll(/<(h[1-6]|div)\b([^>]*)>/g)]
      .filter(([, tag, attributes]) => tag !== 'div' || /\sdata-platform="/.test(attributes!))
      .map(([, , attributes]) => /\sid="([^"]+)"/.exec(attributes!)?.[1])
      .filter(Boolean)
    expect(ids.filter(id => !LAYOUT_HEADING_IDS.includes(id!))).toEqual([...article.anchors.keys()])
  })
}
