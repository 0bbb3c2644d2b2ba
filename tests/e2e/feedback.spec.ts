import type { Page, Request } from '@playwright/test'
import { articleUrl, expect, test } from './fixtures'

// "Was this helpful?" on the static site (npm run generate): it works, and
// nothing leaves the page. The server build's API: feedback-server.spec.ts.

const ARTICLE = articleUrl('connection-keeps-dropping')
const widget = (page: Page) => page.getByRole('region', { name: 'Was this helpful?' })
const contactLink = (page: Page) => widget(page).locator('[data-feedback-contact]:visible')

/** Every request the page makes that is not a GET of a file: what a widget that "sends" would do. */
function recordPosts(page: Page): Request[] {
  const posts: Request[] = []
  page.on('request', request => request.method() !== 'GET' && posts.push(request))
  return posts
}

async function openArticle(page: Page) {
  await page.goto(ARTICLE)
  await expect(widget(page).getByRole('button', { name: 'Yes' })).toBeVisible()
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('asks "Was this helpful?" and offers a message to support that names the article', async ({ page }) => {
    await page.goto(ARTICLE)
    await expect(widget(page)).toContainText('Was this helpful?')
    await expect(widget(page).getByRole('button')).toHaveCount(0)
    const href = await widget(page).getByRole('link', { name: 'tell our support team what you were looking for' }).getAttribute('href')
    const mail = new URL(href!)
    expect(mail.protocol).toBe('mailto:')
    expect(mail.searchParams.get('subject')).toBe('Help article: Connection keeps dropping')
    expect(mail.searchParams.get('body')).toContain(`https://help.multiclaw.io${ARTICLE}`)
  })
})

test('Yes, from the keyboard: thanked, remembered on this device, and nothing sent', async ({ page }) => {
  const posts = recordPosts(page)
  await openArticle(page)
  const yes = widget(page).getByRole('button', { name: 'Yes' })
  await yes.focus()
  await page.keyboard.press('Enter')
  await expect(widget(page).getByRole('status')).toHaveText('Glad it helped.')
  await expect(yes).toHaveAttribute('aria-pressed', 'true')
  await expect(widget(page).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'false')

  await page.reload()
  await expect(widget(page).getByRole('status')).toHaveText('Glad it helped.')
  await expect(widget(page).getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true')
  // Other articles are unanswered.
  await page.goto(articleUrl('cannot-sign-in'))
  await expect(widget(page).getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'false')
  expect(posts).toEqual([])
  expect(await page.context().cookies()).toEqual([])
})

test('No asks why and offers support a message carrying the article and the reason; nothing is sent', async ({ page }) => {
  const posts = recordPosts(page)
  await openArticle(page)
  await widget(page).getByRole('button', { name: 'No' }).click()
  await expect(widget(page).getByRole('status')).toHaveText('Sorry it didn’t help.')
  const reasons = widget(page).getByRole('group', { name: 'What went wrong?' })
  await expect(reasons.getByRole('radio')).toHaveCount(4)
  // The static site has nowhere to send a note or the form: the message to support carries it.
  await expect(widget(page).getByRole('textbox')).toHaveCount(0)
  await expect(widget(page).getByRole('button', { name: 'Send feedback' })).toHaveCount(0)

  await reasons.getByRole('radio', { name: 'The steps didn’t work' }).check()
  const mail = new URL((await contactLink(page).getAttribute('href'))!)
  expect(mail.searchParams.get('subject')).toBe('Help article: Connection keeps dropping')
  expect(mail.searchParams.get('body')).toContain(`Article: https://help.multiclaw.io${ARTICLE}\nWhat went wrong: The steps didn’t work`)

  // The answer can be changed.
  await widget(page).getByRole('button', { name: 'Yes' }).click()
  await expect(widget(page).getByRole('status')).toHaveText('Glad it helped.')
  await expect(reasons).toHaveCount(0)
  expect(posts).toEqual([])
})

test('the widget fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await openArticle(page)
  await widget(page).getByRole('button', { name: 'No' }).click()
  await widget(page).getByRole('radio', { name: 'It was hard to follow' }).check()
  const box = await widget(page).boundingBox()
  expect(box!.x).toBeGreaterThanOrEqual(0)
  expect(box!.x + box!.width).toBeLessThanOrEqual(375)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
})
