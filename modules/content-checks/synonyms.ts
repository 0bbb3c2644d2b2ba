import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Node } from 'yaml'
import { normalizeText } from '../../shared/search/tokenize'
import type { Synonyms } from '../../shared/search/synonyms'
import type { LineProblem } from './fields'

/** The longest phrase a synonym may be. */
const MAX_PHRASE = 60

/**
 * Reads content/search/synonyms.yml: `groups` (lists of at least two phrases)
 * and `replace` (phrase: phrase). Every problem is on its line; a phrase may
 * appear once in the whole file, as a group member or a phrase to replace.
 */
export function readSynonyms(source: string): { synonyms: Synonyms, problems: LineProblem[] } {
  const lines = new LineCounter()
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false })
  const problems: LineProblem[] = []
  const lineOf = (node: Node | null | undefined) => node?.range ? lines.linePos(node.range[0]).line : 1
  const synonyms: Synonyms = { groups: [], replace: [] }
  if (doc.errors.length) {
    const [error] = doc.errors
    return { synonyms, problems: [{ line: error!.linePos?.[0]?.line ?? 1, message: `not valid YAML: ${error!.message.split('\n')[0]}` }] }
  }
  if (doc.contents && !isMap(doc.contents)) return { synonyms, problems: [{ line: 1, message: 'must hold groups: and replace:' }] }

  const seen = new Map<string, number>()
  const phrase = (node: unknown, where: string): string | null => {
    const line = lineOf(node as Node)
    const value = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : null
    if (!value) problems.push({ line, message: `${where}: each phrase must be text, not empty` })
    else if (value.length > MAX_PHRASE) problems.push({ line, message: `${where}: "${value.slice(0, 30)}…" is longer than ${MAX_PHRASE} characters` })
    else if (seen.has(normalizeText(value))) problems.push({ line, message: `${where}: "${value}" is already on line ${seen.get(normalizeText(value))}: each phrase belongs in one place` })
    else {
      seen.set(normalizeText(value), line)
      return value
    }
    return null
  }

  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const line = lineOf(pair.key as Node)
    if (key === 'groups') {
      if (!isSeq(pair.value)) {
        problems.push({ line, message: 'groups must be a list of groups, each a list of phrases: - [sign in, log in]' })
        continue
      }
      for (const group of pair.value.items) {
        if (!isSeq(group) || group.items.length < 2) {
          problems.push({ line: lineOf(group as Node), message: 'groups: each group is a list of at least two phrases that mean the same' })
          continue
        }
        const phrases = group.items.map(item => phrase(item, 'groups'))
        if (phrases.every(p => p !== null)) synonyms.groups.push(phrases as string[])
      }
    }
    else if (key === 'replace') {
      if (!isMap(pair.value)) {
        problems.push({ line, message: 'replace must map what a reader types to the articles\' words: "can\'t: cannot"' })
        continue
      }
      for (const item of pair.value.items) {
        const from = phrase(item.key, 'replace')
        const to = isScalar(item.value) && typeof item.value.value === 'string' && item.value.value.trim()
        const written = isScalar(item.key) ? String(item.key.value) : ''
        if (!to) problems.push({ line: lineOf(item.key as Node), message: `replace: "${written}" must map to the articles' words, not to nothing` })
        else if (from) synonyms.replace.push([from, to.trim()])
      }
    }
    else {
      problems.push({ line, message: `unknown field "${key}": synonyms.yml holds groups: and replace:` })
    }
  }
  return { synonyms, problems }
}
