import { describe, expect, it } from 'vitest'
import { readYamlFields } from '../../../../modules/content-checks/yaml'

describe('readYamlFields', () => {
  it('reads fields with the line of each key and list item, counted from the given first line', () => {
    const fields = readYamlFields('title: Port\nrelatedArticles:\n  - /help/a/b\n  - /help/c/d\n', 2)
    expect(fields.data).toEqual({ title: 'Port', relatedArticles: ['/help/a/b', '/help/c/d'] })
    expect(fields.isMapping).toBe(true)
    expect(fields.fieldLines.get('title')).toBe(2)
    expect(fields.fieldLines.get('relatedArticles')).toBe(3)
    expect(fields.itemLines.get('relatedArticles')).toEqual([4, 5])
  })

  it('keeps dates as text, as Nuxt Content reads them', () => {
    expect(readYamlFields('updatedAt: 2026-11-25').data.updatedAt).toBe('2026-11-25')
  })

  it('reports the first syntax error on its line, with a hint for an unquoted colon', () => {
    const fields = readYamlFields('description: ok\ntitle: Gateway: down\n', 2)
    expect(fields.error).toEqual({
      line: 3,
      message: 'Nested mappings are not allowed in compact mappings (if a value contains ": ", put the whole value in double quotes)',
    })
    expect(fields.data).toEqual({})
  })

  it('treats a repeated field as an error', () => {
    expect(readYamlFields('title: a\ntitle: b\n').error?.line).toBe(2)
  })

  it('tells a list or a text apart from a mapping', () => {
    expect(readYamlFields('- a\n- b\n').isMapping).toBe(false)
    expect(readYamlFields('just text').isMapping).toBe(false)
    expect(readYamlFields('').isMapping).toBe(true)
  })
})
