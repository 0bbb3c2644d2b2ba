import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml'

/** A YAML mapping read with the line of every field and list item, for messages that point at them. */
export interface YamlFields {
  /** The parsed value; `{}` when the text is not a mapping or not valid YAML. */
  data: Record<string, unknown>
  /** Whether the text is a YAML mapping (or empty). */
  isMapping: boolean
  /** The first YAML syntax error, if any (later ones usually follow from it), without its code frame. */
  error?: { line: number, message: string }
  /** Field name → line of its key. */
  fieldLines: Map<string, number>
  /** Field name → line of each item, when the field is a list. */
  itemLines: Map<string, number[]>
}

const SYNTAX_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'if a value contains ": ", put the whole value in double quotes',
  MULTILINE_IMPLICIT_KEY: 'if a value contains ": ", put the whole value in double quotes',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'a quote or bracket is not closed',
}

/**
 * Parses YAML with line numbers. `firstLine` is the line of the file the text
 * starts on (2 for frontmatter, after the opening `---`).
 */
export function readYamlFields(text: string, firstLine = 1): YamlFields {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true })
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1
  const fieldLines = new Map<string, number>()
  const itemLines = new Map<string, number[]>()

  const [first] = doc.errors
  if (first) {
    const line = first.linePos ? first.linePos[0].line + firstLine - 1 : firstLine
    const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    const hint = SYNTAX_HINTS[first.code]
    return {
      data: {},
      isMapping: false,
      error: { line, message: `${reason}${hint ? ` (${hint})` : ''}` },
      fieldLines,
      itemLines,
    }
  }

  const contents = doc.contents
  if (contents !== null && !isMap(contents)) {
    return { data: {}, isMapping: false, fieldLines, itemLines }
  }
  for (const pair of contents?.items ?? []) {
    if (!isScalar(pair.key) || !pair.key.range) continue
    const name = String(pair.key.value)
    const keyLine = lineOf(pair.key.range[0])
    fieldLines.set(name, keyLine)
    if (isSeq(pair.value)) {
      itemLines.set(name, pair.value.items.map(item => isNode(item) && item.range ? lineOf(item.range[0]) : keyLine))
    }
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>
  return { data, isMapping: true, fieldLines, itemLines }
}
