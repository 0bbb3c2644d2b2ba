import { describe, expect, it } from 'vitest'
import { closestMatch, editDistance, resolveLink } from '../../../../modules/content-checks/links'

const from = '/help/gateway/change-the-gateway-port'

describe('resolveLink', () => {
  it.each([
    ['/help/gateway', { kind: 'internal', path: '/help/gateway', anchor: null, samePage: false }],
    ['/help/gateway/', { kind: 'internal', path: '/help/gateway', anchor: null, samePage: false }],
    ['/help/search?q=port', { kind: 'internal', path: '/help/search', anchor: null, samePage: false }],
    ['/help/a/b#port-conflict', { kind: 'internal', path: '/help/a/b', anchor: 'port-conflict', samePage: false }],
    ['#change-the-port', { kind: 'internal', path: from, anchor: 'change-the-port', samePage: true }],
    ['edit-the-gateway-config#restart', { kind: 'internal', path: '/help/gateway/edit-the-gateway-config', anchor: 'restart', samePage: false }],
    ['../troubleshooting', { kind: 'internal', path: '/help/troubleshooting', anchor: null, samePage: false }],
    ['/help/a/b#caf%C3%A9', { kind: 'internal', path: '/help/a/b', anchor: 'café', samePage: false }],
    ['https://status.multiclaw.io', { kind: 'external' }],
    ['mailto:support@multiclaw.io', { kind: 'external' }],
    ['', { kind: 'empty' }],
    ['#', { kind: 'empty' }],
  ])('%s', (href, expected) => {
    expect(resolveLink(href, from)).toEqual(expected)
  })

  it('cannot resolve a relative link without a page URL', () => {
    expect(resolveLink('other-article', null)).toEqual({ kind: 'unresolved' })
  })
})

describe('closestMatch', () => {
  it('suggests the candidate a typo meant', () => {
    expect(editDistance('strat', 'start')).toBe(2)
    expect(closestMatch('port-conflcit', ['port-conflict', 'disk-full'])).toBe('port-conflict')
  })

  it('suggests nothing when nothing is close', () => {
    expect(closestMatch('install', ['sign-in', 'disk-full'])).toBeUndefined()
  })
})
