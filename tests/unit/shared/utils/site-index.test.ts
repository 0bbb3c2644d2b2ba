import { describe, expect, it } from 'vitest'
import {
  absolutizeMarkdownLinks,
  articleMarkdown,
  groupByCategory,
  isPublished,
  latestDate,
  llmsSections,
  markdownPath,
  sitemapEntries,
  sitemapXml,
  stripFrontMatter,
} from '../../../../shared/utils/site-index'
import type { IndexedArticle, IndexedCategory } from '../../../../shared/utils/site-index'

const categories: IndexedCategory[] = [
  { slug: 'troubleshooting', title: 'Troubleshooting', description: 'Fix problems.', order: 1 },
  { slug: 'gateway', title: 'Gateway', description: 'Run the gateway.', order: 2 },
  { slug: 'empty', title: 'Empty', description: 'Nothing yet.', order: 3 },
]

const article = (category: string, slug: string, order: number, updatedAt: string, draft?: boolean | number): IndexedArticle => ({
  path: `/help/${category}/${slug}`, title: slug, description: `About ${slug}.`, category, order, updatedAt, draft,
})

const articles = [
  article('gateway', 'update', 1, '2026-02-01'),
  article('troubleshooting', 'cannot-sign-in', 3, '2026-03-01'),
  article('troubleshooting', 'agent-shows-disconnected', 1, '2026-03-30'),
  article('troubleshooting', 'unreleased-fix', 2, '2026-12-01', true),
  article('gateway', 'sqlite-draft', 2, '2026-12-02', 1),
]

describe('isPublished', () => {
  it('drops drafts however the database spells them', () => {
    expect([true, 1, false, 0, null, undefined].map(draft => isPublished({ draft }))).toEqual([false, false, true, true, true, true])
  })
})

describe('markdownPath and latestDate', () => {
  it('name the Markdown twin of a page', () => {
    expect(markdownPath('/help/troubleshooting/cannot-sign-in')).toBe('/help/troubleshooting/cannot-sign-in.md')
    expect(markdownPath('/help/troubleshooting/cannot-sign-in/')).toBe('/help/troubleshooting/cannot-sign-in.md')
  })

  it('pick the latest ISO date', () => {
    expect(latestDate(['2026-03-01', '2026-03-30', '2025-12-31'])).toBe('2026-03-30')
    expect(latestDate([])).toBeUndefined()
  })
})

describe('groupByCategory', () => {
  it('orders categories and their published articles, leaving out empty categories', () => {
    expect(groupByCategory(categories, articles).map(g => [g.category.slug, g.articles.map(a => a.path)])).toEqual([
      ['troubleshooting', ['/help/troubleshooting/agent-shows-disconnected', '/help/troubleshooting/cannot-sign-in']],
      ['gateway', ['/help/gateway/update']],
    ])
  })
})

describe('sitemapEntries', () => {
  const entries = sitemapEntries(categories, articles)

  it('lists /help, every category and every published article, never a draft', () => {
    expect(entries.map(e => e.loc)).toEqual([
      '/help',
      '/help/troubleshooting',
      '/help/gateway',
      '/help/empty',
      '/help/troubleshooting/agent-shows-disconnected',
      '/help/troubleshooting/cannot-sign-in',
      '/help/gateway/update',
    ])
  })

  it('dates articles by updatedAt, and lists by their latest published article', () => {
    const lastmod = Object.fromEntries(entries.map(e => [e.loc, e.lastmod]))
    expect(lastmod['/help/troubleshooting/cannot-sign-in']).toBe('2026-03-01')
    expect(lastmod['/help/troubleshooting']).toBe('2026-03-30')
    expect(lastmod['/help/gateway']).toBe('2026-02-01')
    expect(lastmod['/help']).toBe('2026-03-30')
    expect(lastmod['/help/empty']).toBeUndefined()
  })
})

describe('sitemapXml', () => {
  it('lists each entry at its absolute URL, dated when it has a date', () => {
    const xml = sitemapXml([{ loc: '/help', lastmod: '2026-03-30' }, { loc: '/help/empty' }], 'https://help.multiclaw.io/support')
    expect(xml).toBe([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      '  <url><loc>https://help.multiclaw.io/support/help</loc><lastmod>2026-03-30</lastmod></url>',
      '  <url><loc>https://help.multiclaw.io/support/help/empty</loc></url>',
      '</urlset>',
      '',
    ].join('\n'))
  })

  it('escapes what XML reserves', () => {
    const xml = sitemapXml([{ loc: '/help/a&b?x=<1>&y="2"\'' }], 'https://help.multiclaw.io')
    expect(xml).toContain('<loc>https://help.multiclaw.io/help/a&amp;b?x=&lt;1&gt;&amp;y=&quot;2&quot;&apos;</loc>')
  })

  it('is an empty list when there is nothing to list', () => {
    expect(sitemapXml([], 'https://help.multiclaw.io')).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>')
  })
})

describe('llmsSections', () => {
  it('gives one section per category with absolute links to each article\'s Markdown', () => {
    expect(llmsSections(categories, articles, 'https://help.multiclaw.io/')).toEqual([
      {
        title: 'Troubleshooting',
        description: 'Fix problems.',
        links: [
          { title: 'agent-shows-disconnected', description: 'About agent-shows-disconnected.', href: 'https://help.multiclaw.io/help/troubleshooting/agent-shows-disconnected.md' },
          { title: 'cannot-sign-in', description: 'About cannot-sign-in.', href: 'https://help.multiclaw.io/help/troubleshooting/cannot-sign-in.md' },
        ],
      },
      {
        title: 'Gateway',
        description: 'Run the gateway.',
        links: [{ title: 'update', description: 'About update.', href: 'https://help.multiclaw.io/help/gateway/update.md' }],
      },
    ])
  })
})

describe('Markdown', () => {
  const rawbody = '---\ntitle: Cannot sign in\nupdatedAt: 2026-03-30\n---\n\nCheck the [status page](https://status.multiclaw.io) and [this fix](/help/troubleshooting/agent-shows-disconnected#gateway).\n\n## Steps\n\n1. Open **Settings**.\n'

  it('strips only leading front matter', () => {
    expect(stripFrontMatter(rawbody).startsWith('\nCheck the')).toBe(true)
    expect(stripFrontMatter('No front matter.\n\n---\n\nA rule.')).toBe('No front matter.\n\n---\n\nA rule.')
    expect(stripFrontMatter('\uFEFF---\r\ntitle: x\r\n---\r\nBody')).toBe('Body')
  })

  it('makes root-relative links absolute and leaves the others', () => {
    expect(absolutizeMarkdownLinks('[a](/help/x) [b](https://e.com/y) [c](#z) [d](//cdn.e.com/w)', 'https://h.io'))
      .toBe('[a](https://h.io/help/x) [b](https://e.com/y) [c](#z) [d](//cdn.e.com/w)')
  })

  const input = { title: 'Cannot sign in', description: 'Resolve sign-in failures.', path: '/help/troubleshooting/cannot-sign-in', updatedAt: '2026-03-30', rawbody }

  it('writes an article as the author did, under its title and description', () => {
    expect(articleMarkdown(input)).toBe(
      '# Cannot sign in\n\n> Resolve sign-in failures.\n\nLast updated: 2026-03-30\n\n'
      + 'Check the [status page](https://status.multiclaw.io) and [this fix](/help/troubleshooting/agent-shows-disconnected#gateway).\n\n## Steps\n\n1. Open **Settings**.\n',
    )
  })

  it('says where the article lives and makes its links absolute when given the site URL', () => {
    const text = articleMarkdown(input, 'https://help.multiclaw.io')
    expect(text).toContain('Source: https://help.multiclaw.io/help/troubleshooting/cannot-sign-in  \nLast updated: 2026-03-30')
    expect(text).toContain('[this fix](https://help.multiclaw.io/help/troubleshooting/agent-shows-disconnected#gateway)')
    expect(text).not.toContain('title: Cannot sign in')
  })
})
