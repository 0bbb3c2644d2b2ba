import { describe, expect, it } from 'vitest'
import { supportLink } from '../../../../shared/feedback/support-link'

const article = { title: 'Gateway fails to start', url: 'https://help.multiclaw.io/help/troubleshooting/gateway-fails-to-start' }

describe('supportLink', () => {
  it('writes the article into the subject and body of an e-mail', () => {
    const link = new URL(supportLink('mailto:support@multiclaw.io', article))
    expect(link.protocol).toBe('mailto:')
    expect(link.pathname).toBe('support@multiclaw.io')
    expect(link.searchParams.get('subject')).toBe('Help article: Gateway fails to start')
    expect(link.searchParams.get('body')).toBe(`Article: ${article.url}\n\n`)
  })

  it('adds the reason and the note when the reader gave them', () => {
    const link = new URL(supportLink('mailto:support@multiclaw.io', { ...article, reason: 'The steps didn’t work', note: 'Port 18789 & 443 both busy?' }))
    expect(link.searchParams.get('body')).toBe(`Article: ${article.url}\nWhat went wrong: The steps didn’t work\n\nPort 18789 & 443 both busy?\n\n`)
  })

  it('encodes spaces as %20, which every mail client reads as a space', () => {
    expect(supportLink('mailto:support@multiclaw.io', article)).not.toContain('+')
  })

  it('keeps fields the address already has', () => {
    expect(supportLink('mailto:support@multiclaw.io?cc=team@multiclaw.io', article)).toMatch(/^mailto:support@multiclaw\.io\?cc=team@multiclaw\.io&subject=/)
  })

  it('passes the article to a web contact form as query parameters', () => {
    const link = new URL(supportLink('https://multiclaw.io/contact?topic=help', { ...article, reason: 'It was hard to follow' }))
    expect(Object.fromEntries(link.searchParams)).toEqual({ topic: 'help', article: article.url, reason: 'It was hard to follow' })
  })
})
