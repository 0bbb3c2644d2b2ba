import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { zodToJsonSchema } from 'zod-to-json-schema'
import { articleFields, articleFrontmatter, categoryFields, describeValue, isRealDate } from '../../../../modules/content-checks/schema'

/** The messages a schema gives for some data, by field path. */
function messages(schema: z.ZodTypeAny, data: unknown): string[] {
  const result = schema.safeParse(data)
  return result.success ? [] : result.error.issues.map(issue => `${issue.path.join('.')}: ${issue.message}`)
}

const article = { title: 'T', description: 'D', updatedAt: '2026-11-25' }
const category = { title: 'G', description: 'D', icon: 'i-lucide-server', order: 2 }

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
    expect(describeValue({ a: 1 })).toBe('a group of fields')
  })
})

describe('articleFrontmatter', () => {
  it('fills the defaults, trims paths and allows Nuxt Content\'s page fields', () => {
    expect(articleFrontmatter.parse({ ...article, relatedArticles: [' /help/a/b '], navigation: false, seo: { title: 'S' } })).toEqual({
      ...article,
      draft: false,
      relatedArticles: ['/help/a/b'],
      redirectFrom: [],
      aliases: [],
      errors: [],
      navigation: false,
      seo: { title: 'S' },
    })
  })

  it('words missing, empty and mistyped fields for the writer', () => {
    expect(messages(articleFrontmatter, { description: null, updatedAt: 20261125, draft: 'yes', relatedArticles: 'foo' })).toEqual([
      'title: title is missing: every article needs a title',
      'description: description is empty',
      'draft: draft must be true or false, not the text "yes"',
      'updatedAt: updatedAt must be a date (YYYY-MM-DD), not the number 20261125',
      'relatedArticles: relatedArticles must be a list of article paths, not the text "foo"',
    ])
    expect(messages(articleFrontmatter, { title: ' ', description: 'D' })).toEqual([
      'title: title is empty',
      'updatedAt: updatedAt is missing: add the date of the last change (YYYY-MM-DD)',
    ])
  })

  it('accepts only real calendar days', () => {
    expect(messages(articleFrontmatter, { ...article, updatedAt: '2026-02-30' })).toEqual([
      'updatedAt: updatedAt is not a real date: "2026-02-30" (write YYYY-MM-DD)',
    ])
  })

  it('checks each path: text, not empty, and in the form its list needs', () => {
    expect(messages(articleFrontmatter, {
      ...article,
      relatedArticles: ['/help/a/b#part', ''],
      redirectFrom: [42, 'help/old', '/help//old', '/help/old?x', '/help/a/old'],
    })).toEqual([
      'relatedArticles.0: relatedArticles: /help/a/b#part must be an article path, without # or ?',
      'relatedArticles.1: relatedArticles entries must be article paths, not the text ""',
      'redirectFrom.0: redirectFrom entries must be old paths, not the number 42',
      'redirectFrom.1: redirectFrom: "help/old" must be an old path like /help/<category>/<old-slug>, starting with / and without # or ?',
      'redirectFrom.2: redirectFrom: "/help//old" must be an old path like /help/<category>/<old-slug>, starting with / and without # or ?',
      'redirectFrom.3: redirectFrom: "/help/old?x" must be an old path like /help/<category>/<old-slug>, starting with / and without # or ?',
    ])
  })

  it('refuses computed fields and unknown ones', () => {
    expect(messages(articleFrontmatter, { ...article, slug: 'x', relatedArticle: [] })).toEqual([
      'slug: slug is computed from the file name and location: remove it',
      expect.stringContaining('\'relatedArticle\''),
    ])
  })
})

describe('categoryFields', () => {
  it('accepts a category with a Lucide icon', () => {
    expect(messages(categoryFields, category)).toEqual([])
  })

  it('words a missing icon and order, a malformed or unknown icon and a non-numeric order', () => {
    expect(messages(categoryFields, { title: 'G', description: 'D' })).toEqual([
      'icon: icon is missing: use i-lucide-<name>',
      'order: order is missing: the card\'s position on the home page',
    ])
    expect(messages(categoryFields, { ...category, icon: 'server', order: 'first' })).toEqual([
      'icon: icon must be i-lucide-<name>, not "server"',
      'order: order must be a number, not the text "first"',
    ])
    expect(messages(categoryFields, { ...category, icon: 'i-lucide-servr' })).toEqual([
      'icon: icon "i-lucide-servr" is not a Lucide icon (did you mean "i-lucide-server"?)',
    ])
  })
})

// Nuxt Content makes the collection's columns from the schema's JSON schema, with
// these options (@nuxt/content's zod 3 support): the rules must leave plain types.
describe('the schemas as Nuxt Content reads them', () => {
  const properties = (schema: z.ZodTypeAny) =>
    (zodToJsonSchema(schema, { name: 'S', $refStrategy: 'none', dateStrategy: 'format:date' }).definitions!.S as { properties: object }).properties

  it('gives plain types and the defaults', () => {
    expect(properties(articleFields)).toEqual({
      title: { type: 'string' },
      description: { type: 'string' },
      draft: { type: 'boolean', default: false },
      updatedAt: { type: 'string' },
      relatedArticles: { type: 'array', items: { type: 'string' }, default: [] },
      redirectFrom: { type: 'array', items: { type: 'string' }, default: [] },
      aliases: { type: 'array', items: { type: 'string' }, default: [] },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          properties: { code: { type: 'string' }, section: { type: 'string', pattern: '^[\\w-]+$' } },
          required: ['code'],
          additionalProperties: false,
        },
        default: [],
      },
    })
    expect(properties(categoryFields)).toEqual({
      title: { type: 'string' },
      description: { type: 'string' },
      icon: { type: 'string' },
      order: { type: 'number' },
    })
  })
})
