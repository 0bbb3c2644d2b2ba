import { describe, expect, it } from 'vitest'
import { checkArticleFields, checkCategoryFields, describeValue, isRealDate } from '../../../../../shared/build/checks/fields'
import { readYamlFields } from '../../../../../shared/build/checks/yaml'

const article = (yaml: string) => checkArticleFields(readYamlFields(yaml, 2))

describe('isRealDate', () => {
  it.each([
    ['2026-11-25', true],
    ['2028-02-29', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-1-5', false],
    ['yesterday', false],
  ])('%s → %s', (text, expected) => {
    expect(isRealDate(text)).toBe(expected)
  })
})

describe('describeValue', () => {
  it('names values as a writer reads them', () => {
    expect(describeValue('yes')).toBe('the text "yes"')
    expect(describeValue(3)).toBe('the number 3')
    expect(describeValue(null)).toBe('empty')
    expect(describeValue(['a'])).toBe('a list')
  })
})

describe('checkArticleFields', () => {
  it('accepts a complete article and returns its draft flag and paths with lines', () => {
    const fields = article([
      'title: T',
      'description: D',
      'updatedAt: 2026-11-25',
      'draft: true',
      'relatedArticles:',
      '  - /help/a/b',
      'redirectFrom: [/help/a/old]',
    ].join('\n'))
    expect(fields.problems).toEqual([])
    expect(fields.draft).toBe(true)
    expect(fields.relatedArticles).toEqual([{ value: '/help/a/b', line: 7 }])
    expect(fields.redirectFrom).toEqual([{ value: '/help/a/old', line: 8 }])
  })

  it('reports missing fields on the first line and wrong values on theirs', () => {
    expect(article('description: 12\nupdatedAt: 2026-02-30\ndraft: "yes"\nrelatedArticles: foo\n').problems).toEqual([
      { line: 1, message: 'title is missing: every article needs a title' },
      { line: 2, message: 'description must be text, not the number 12' },
      { line: 3, message: 'updatedAt is not a real date: "2026-02-30" (write YYYY-MM-DD)' },
      { line: 4, message: 'draft must be true or false, not the text "yes"' },
      { line: 5, message: 'relatedArticles must be a list of article paths, not the text "foo"' },
    ])
  })

  it('reports empty values, bad list entries, unknown and computed fields', () => {
    expect(article('title: " "\ndescription:\nupdatedAt: 2026-11-25\nredirectFrom:\n  - 42\nrelatedArticle: []\norder: 3\n').problems).toEqual([
      { line: 2, message: 'title is empty' },
      { line: 3, message: 'description is empty' },
      { line: 6, message: 'redirectFrom entries must be old paths, not the number 42' },
      { line: 7, message: 'unknown field "relatedArticle" (did you mean "relatedArticles"?)' },
      { line: 8, message: 'order is computed from the file name and location: remove it' },
    ])
  })
})

describe('checkCategoryFields', () => {
  const icons = new Set(['server', 'life-buoy'])

  it('accepts a category with a Lucide icon', () => {
    expect(checkCategoryFields(readYamlFields('title: G\ndescription: D\nicon: i-lucide-server\norder: 2\n'), icons)).toEqual([])
  })

  it('reports an unknown icon, a malformed one and a non-numeric order', () => {
    expect(checkCategoryFields(readYamlFields('title: G\ndescription: D\nicon: i-lucide-servr\norder: first\n'), icons)).toEqual([
      { line: 3, message: 'icon "i-lucide-servr" is not a Lucide icon (did you mean "i-lucide-server"?)' },
      { line: 4, message: 'order must be a number, not the text "first"' },
    ])
    expect(checkCategoryFields(readYamlFields('title: G\ndescription: D\nicon: server\norder: 1\n'), icons)).toEqual([
      { line: 3, message: 'icon must be i-lucide-<name>, not "server"' },
    ])
  })
})
