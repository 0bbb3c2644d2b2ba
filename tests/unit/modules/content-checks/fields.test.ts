import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { checkArticleFields, checkCategoryFields, checkFields } from '../../../../modules/content-checks/fields'
import { readYamlFields } from '../../../../modules/content-checks/yaml'

// Frontmatter starts on line 2, after the opening `---`.
const article = (yaml: string) => checkArticleFields(readYamlFields(yaml, 2))

describe('checkFields', () => {
  const schema = z.object({
    name: z.string({ message: 'name must be text' }),
    tags: z.array(z.string({ message: 'tags entries must be text' })).optional(),
  }).strict()
  const check = (yaml: string) => checkFields(schema, readYamlFields(yaml, 2))

  it('puts a problem with a field on the field\'s line', () => {
    expect(check('tags: []\nname: 3\n')).toEqual([{ line: 3, message: 'name must be text' }])
  })

  it('puts a problem with a list entry on the entry\'s line', () => {
    expect(check('name: N\ntags:\n  - a\n  - 4\n')).toEqual([{ line: 5, message: 'tags entries must be text' }])
  })

  it('puts a missing field on line 1', () => {
    expect(check('tags: [a]\n')).toEqual([{ line: 1, message: 'name must be text' }])
  })

  it('puts each unknown field on its line, with the field it likely meant', () => {
    expect(check('name: N\ntag: [a]\ncolour: red\n')).toEqual([
      { line: 3, message: 'unknown field "tag" (did you mean "tags"?)' },
      { line: 4, message: 'unknown field "colour"' },
    ])
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
      'navigation: false',
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

  it('keeps the valid entries of a list when other fields or entries are wrong', () => {
    const fields = article('title: 1\ndraft: maybe\nrelatedArticles:\n  - 42\n  - " /help/a/b "\n  - /help/a/c#part\n')
    expect(fields.draft).toBe(false)
    expect(fields.relatedArticles).toEqual([{ value: '/help/a/b', line: 6 }])
    expect(fields.problems.map(problem => problem.line)).toEqual([1, 1, 2, 3, 5, 7])
  })
})

describe('checkCategoryFields', () => {
  it('accepts a category with a Lucide icon', () => {
    expect(checkCategoryFields(readYamlFields('title: G\ndescription: D\nicon: i-lucide-server\norder: 2\n'))).toEqual([])
  })

  it('reports an unknown icon, a malformed one, a non-numeric order and an unknown field', () => {
    expect(checkCategoryFields(readYamlFields('title: G\ndescription: D\nicon: i-lucide-servr\norder: first\n'))).toEqual([
      { line: 3, message: 'icon "i-lucide-servr" is not a Lucide icon (did you mean "i-lucide-server"?)' },
      { line: 4, message: 'order must be a number, not the text "first"' },
    ])
    expect(checkCategoryFields(readYamlFields('title: G\ndescription: D\nicon: server\norder: 1\ncolor: red\n'))).toEqual([
      { line: 3, message: 'icon must be i-lucide-<name>, not "server"' },
      { line: 5, message: 'unknown field "color"' },
    ])
  })
})
