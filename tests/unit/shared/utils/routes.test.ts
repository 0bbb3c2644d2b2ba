import { describe, expect, it } from 'vitest'
import { matchHelpRoute } from '../../../../shared/utils/routes'

describe('matchHelpRoute', () => {
  it('matches the help home, search, categories and articles', () => {
    expect(matchHelpRoute('/help')).toEqual({ name: 'home' })
    expect(matchHelpRoute('/help/')).toEqual({ name: 'home' })
    expect(matchHelpRoute('/help/search?q=quota')).toEqual({ name: 'search' })
    expect(matchHelpRoute('/help/gateway')).toEqual({ name: 'category', category: 'gateway' })
    expect(matchHelpRoute('/help/troubleshooting/cannot-sign-in#fix')).toEqual({ name: 'article', category: 'troubleshooting', slug: 'cannot-sign-in' })
  })

  it('sends every other address to the not-found page', () => {
    for (const path of ['/', '/not-found', '/helpdesk', '/help/a/b/c', '/help/Gateway', '/help/%E0%A4%A', '/help/..%2F..', '/help/gateway/<script>']) {
      expect(matchHelpRoute(path), path).toEqual({ name: 'not-found' })
    }
  })
})
