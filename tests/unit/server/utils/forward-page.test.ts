import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { FORWARD_SCRIPT, findRedirectTarget, forwardPageHtml } from '../../../../server/utils/forward-page'

describe('forwardPageHtml', () => {
  const html = forwardPageHtml({ to: '/help/gateway/change-the-gateway-port#pick-a-port', title: 'Change the gateway port', lead: 'This article has moved to' })

  it('sends the reader on without JavaScript', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/help/gateway/change-the-gateway-port#pick-a-port">')
    expect(html).toContain(`<script>${FORWARD_SCRIPT}</script>`)
  })

  it('names the article for search engines, without the section, and shows a link', () => {
    expect(html).toContain('<link rel="canonical" href="/help/gateway/change-the-gateway-port">')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('<p>This article has moved to <a href="/help/gateway/change-the-gateway-port#pick-a-port" data-forward>Change the gateway port</a>.</p>')
  })

  it('escapes the title', () => {
    expect(forwardPageHtml({ to: '/help/a/b', title: 'Agent shows <Disconnected> & "stuck"', lead: 'See' }))
      .toContain('Agent shows &lt;Disconnected&gt; &amp; &quot;stuck&quot;')
  })
})

describe('FORWARD_SCRIPT', () => {
  /** Where the script sends a reader who arrived at `from`, on a page whose link is `to`. */
  function forward(from: string, to: string): string {
    let target = ''
    const page = new URL(from)
    runInNewContext(FORWARD_SCRIPT, {
      URL,
      URLSearchParams,
      document: { querySelector: () => ({ href: new URL(to, page).href }) },
      location: { search: page.search, hash: page.hash, replace: (url: URL) => (target = String(url)) },
    })
    return target
  }

  it('carries the app\'s valid platform and version, and nothing else', () => {
    expect(forward('https://h.example/help/e/EADDRINUSE?os=windows&app=2.4.1&utm=x', '/help/t/g#port-conflict'))
      .toBe('https://h.example/help/t/g?os=windows&app=2.4.1#port-conflict')
    expect(forward('https://h.example/help/e/X?os=amiga&app=%3Cscript%3E', '/help/t/g'))
      .toBe('https://h.example/help/t/g')
  })

  it('keeps the reader\'s #anchor when the link names no section', () => {
    expect(forward('https://h.example/help/old#sign-in', '/help/t/new')).toBe('https://h.example/help/t/new#sign-in')
    expect(forward('https://h.example/help/e/X#other', '/help/t/g#mine')).toBe('https://h.example/help/t/g#mine')
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
