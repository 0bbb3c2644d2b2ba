import { describe, expect, it } from 'vitest'
import {
  absoluteSiteUrl,
  breadcrumbListJsonLd,
  howToJsonLd,
  serializeJsonLd,
  siteAddress,
  techArticleJsonLd,
} from '../../../../shared/utils/structured-data'

describe('absoluteSiteUrl', () => {
  it.each([
    ['https://help.multiclaw.io', '/help', 'https://help.multiclaw.io/help'],
    ['https://help.multiclaw.io/', '/help/troubleshooting', 'https://help.multiclaw.io/help/troubleshooting'],
    ['https://example.com/docs', 'help', 'https://example.com/docs/help'],
    ['https://help.multiclaw.io', '/', 'https://help.multiclaw.io/'],
  ])('%s + %s', (site, path, expected) => {
    expect(absoluteSiteUrl(site, path)).toBe(expected)
  })
})

describe('siteAddress', () => {
  it.each([
    ['https://help.multiclaw.io', '/', 'https://help.multiclaw.io'],
    ['https://help.multiclaw.io/', undefined, 'https://help.multiclaw.io'],
    ['https://help.multiclaw.io', '/support/', 'https://help.multiclaw.io/support'],
    ['https://example.com/', '/docs/help/', 'https://example.com/docs/help'],
  ])('%s served at %s', (site, baseURL, expected) => {
    expect(siteAddress(site, baseURL)).toBe(expected)
  })
})

describe('breadcrumbListJsonLd', () => {
  it('numbers the trail from 1', () => {
    expect(breadcrumbListJsonLd([
      { name: 'Help', url: 'https://h.io/help' },
      { name: 'Troubleshooting', url: 'https://h.io/help/troubleshooting' },
    ])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      'itemListElement': [
        { '@type': 'ListItem', 'position': 1, 'name': 'Help', 'item': 'https://h.io/help' },
        { '@type': 'ListItem', 'position': 2, 'name': 'Troubleshooting', 'item': 'https://h.io/help/troubleshooting' },
      ],
    })
  })
})

describe('techArticleJsonLd', () => {
  it('describes the article and the site it belongs to', () => {
    const data = techArticleJsonLd({
      title: 'Cannot sign in',
      description: 'Resolve sign-in failures.',
      url: 'https://h.io/help/troubleshooting/cannot-sign-in',
      updatedAt: '2026-03-30',
      siteName: 'MultiClaw Help Center',
      siteUrl: 'https://h.io/help',
    })
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      'headline': 'Cannot sign in',
      'description': 'Resolve sign-in failures.',
      'url': 'https://h.io/help/troubleshooting/cannot-sign-in',
      'dateModified': '2026-03-30',
      'isPartOf': { '@type': 'WebSite', 'name': 'MultiClaw Help Center', 'url': 'https://h.io/help' },
    })
  })
})

describe('howToJsonLd', () => {
  it('makes one HowTo per section, pointing at its heading', () => {
    const [first, second] = howToJsonLd([
      { name: 'Gateway is offline', id: 'gateway-is-offline', steps: ['Open settings.', 'Click Start.'] },
      { name: 'No anchor', steps: ['Do it.'] },
    ], 'https://h.io/help/a/b')
    expect(first).toEqual({
      '@context': 'https://schema.org',
      '@type': 'HowTo',
      'name': 'Gateway is offline',
      'url': 'https://h.io/help/a/b#gateway-is-offline',
      'step': [
        { '@type': 'HowToStep', 'position': 1, 'text': 'Open settings.' },
        { '@type': 'HowToStep', 'position': 2, 'text': 'Click Start.' },
      ],
    })
    expect(second?.url).toBe('https://h.io/help/a/b')
  })

  it('makes nothing for an article without steps', () => {
    expect(howToJsonLd([], 'https://h.io/help/a/b')).toEqual([])
  })
})

describe('serializeJsonLd', () => {
  it('cannot close its script element and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & \u2028' }
    const text = serializeJsonLd(data)
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(text)).toEqual(data)
  })
})
