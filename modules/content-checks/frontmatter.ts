import type { YamlFields } from './yaml'
import { readYamlFields } from './yaml'

/** A Markdown file split into its frontmatter fields and its body. */
export interface MarkdownFile extends YamlFields {
  /** Whether the file starts with a closed `---` block. */
  hasFrontmatter: boolean
  /**
   * The body as Nuxt Content parses it, preceded by blank lines so that a
   * position in it is on the same line as in the file.
   */
  body: string
}

/**
 * Splits a Markdown file the way Nuxt Content does (remark-mdc's
 * `parseFrontMatter`): a first line `---`, the YAML, then the first line that
 * starts with `---`. Line endings are normalised to `\n` first, as Nuxt
 * Content does, so line numbers are the editor's.
 */
export function readMarkdownFile(source: string): MarkdownFile {
  const text = source.replace(/\r\n/g, '\n')
  const close = text.startsWith('---') ? text.indexOf('\n---') : -1
  const yaml = close === -1 ? '' : text.slice(4, close)
  if (close === -1 || !yaml) {
    return { ...readYamlFields(''), hasFrontmatter: false, body: text }
  }
  const closingLine = text.slice(0, close + 1).split('\n').length
  return {
    ...readYamlFields(yaml, 2),
    hasFrontmatter: true,
    body: '\n'.repeat(closingLine - 1) + text.slice(close + 4),
  }
}

/** 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}
