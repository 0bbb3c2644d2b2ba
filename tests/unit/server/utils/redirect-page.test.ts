import { describe, expect, it } from 'vitest'
import { findRedirectTarget, redirectPageHtml } from '../../../../server/utils/redirect-page'

describe('redirectPageHtml', () => {
  const html = redirectPageHtml('/help/gateway/change-the-gateway-port', 'Change the gateway port')

  it('sends the reader on without JavaScript, and keeps the #anchor with it', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/help/gateway/change-the-gateway-port">')
    expect(html).toContain('<script>location.replace("/help/gateway/change-the-gateway-port" + location.hash)</script>')
  })

  it('names the new URL for search engines and shows a link', () => {
    expect(html).toContain('<link rel="canonical" href="/help/gateway/change-the-gateway-port">')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('<a href="/help/gateway/change-the-gateway-port">Change the gateway port</a>')
  })

  it('escapes the title', () => {
    expect(redirectPageHtml('/help/a/b', 'Agent shows <Disconnected> & "stuck"'))
      .toContain('Agent shows &lt;Disconnected&gt; &amp; &quot;stuck&quot;')
  })
})

describe('findRedirectTarget', () => {
  const articles = [
    { path: '/help/a/new', redirectFrom: ['/help/a/old', '/help/legacy/page/'] },
    { path: '/help/b/other', redirectFrom: null },
  ]

  it('finds the article an old path belongs to, with or without a trailing slash', () => {
    expect(findRedirectTarget(articles, '/help/a/old')?.path).toBe('/help/a/new')
    expect(findRedirectTarget(articles, '/help/a/old/')?.path).toBe('/help/a/new')
    expect(findRedirectTarget(articles, '/help/legacy/page')?.path).toBe('/help/a/new')
    expect(findRedirectTarget(articles, '/help/a/new')).toBeUndefined()
  })
})
