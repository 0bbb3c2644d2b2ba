import { describe, expect, it } from 'vitest'
import { lineAt, readMarkdownFile } from '../../../../modules/content-checks/frontmatter'

describe('readMarkdownFile', () => {
  it('splits frontmatter from body and keeps the body on its lines', () => {
    const file = readMarkdownFile('---\ntitle: T\ndescription: D\n---\n\n## Heading\n')
    expect(file.hasFrontmatter).toBe(true)
    expect(file.data).toEqual({ title: 'T', description: 'D' })
    expect(file.fieldLines.get('description')).toBe(3)
    expect(file.body.split('\n')[5]).toBe('## Heading')
  })

  it('counts lines the same with Windows line endings', () => {
    const file = readMarkdownFile('---\r\ntitle: T\r\n---\r\n\r\n[x](/help)\r\n')
    expect(file.fieldLines.get('title')).toBe(2)
    expect(lineAt(file.body, file.body.indexOf('[x]'))).toBe(5)
  })

  it('has no frontmatter without an opening and a closing ---', () => {
    expect(readMarkdownFile('# Title\n\nText').hasFrontmatter).toBe(false)
    expect(readMarkdownFile('---\ntitle: T\n\nText').hasFrontmatter).toBe(false)
  })

  it('reports YAML errors on the line of the file', () => {
    expect(readMarkdownFile('---\ntitle: ok\ndescription: "open\n---\n').error?.line).toBe(3)
  })
})

describe('lineAt', () => {
  it('is 1-based and counts the newlines before the offset', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1)
    expect(lineAt('a\nb\nc', 2)).toBe(2)
    expect(lineAt('a\nb\nc', 4)).toBe(3)
  })
})
