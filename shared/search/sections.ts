import type { MinimarkBody, MinimarkNode } from '../minimark/text'
import { nodeText, plainText } from '../minimark/text'

export interface ArticleSection {
  /** The heading's anchor; `''` for the text before the first heading. */
  id: string
  heading: string
  text: string
}

const SECTION_HEADINGS = new Set(['h2', 'h3'])

/**
 * Splits an article body into its sections: the introduction, then every `##`
 * or `###` heading with the text under it (paragraphs, lists, code, callouts).
 */
export function extractSections(body: MinimarkBody | undefined): ArticleSection[] {
  const sections: ArticleSection[] = []
  let current = { id: '', heading: '', nodes: [] as MinimarkNode[] }
  const flush = () => {
    const text = plainText(current.nodes)
    if (current.id || text) sections.push({ id: current.id, heading: current.heading, text })
  }
  for (const node of body?.value ?? []) {
    if (typeof node !== 'string' && SECTION_HEADINGS.has(node[0]) && typeof node[1].id === 'string') {
      flush()
      current = { id: node[1].id, heading: nodeText(node).trim(), nodes: [] }
    }
    else {
      current.nodes.push(node)
    }
  }
  flush()
  return sections
}
