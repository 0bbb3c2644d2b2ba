import { describe, expect, it } from 'vitest'
import { redirectsFile } from '../../../../modules/content-checks/published-links'

describe('redirectsFile', () => {
  const redirects = [
    { from: '/help/e/EADDRINUSE', to: '/help/troubleshooting/gateway-fails-to-start#port-conflict' },
    { from: '/help/old', to: '/help/guides/new' },
  ]

  it('gives each link a permanent redirect', () => {
    expect(redirectsFile('/', redirects)).toBe([
      '/help/e/EADDRINUSE /help/troubleshooting/gateway-fails-to-start#port-conflict 301',
      '/help/old /help/guides/new 301',
      '',
    ].join('\n'))
  })

  it('puts both sides under the site\'s base URL', () => {
    expect(redirectsFile('/support/', redirects.slice(1))).toBe('/support/help/old /support/help/guides/new 301\n')
  })
})
