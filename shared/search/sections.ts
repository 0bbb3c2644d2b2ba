import type { MinimarkBody } from '../utils/minimark'
import { minimarkText } from '../utils/minimark'

export interface ArticleSection {
  /** The heading's anchor; `''` for the text before the first heading. */
  id: string
  heading: string
  text: string
}

const SECTION_HEADINGS = new Set(['h2', 'h3'])

function headingId(node: unknown): string | undefined {
  if (!Array.isArray(node) || !SECTION_HEADINGS.has(node[0])) return undefined
  const id = (node[1] as Record<string, unknown> | undefined)?.id
  return typeof id === 'string' && id ? id : undefined
}

/**
 * Splits an article body into its sections: the introduction, then every `##`
 * or `###` heading with the text under it (paragraphs, lists, code, callouts).
 */
export function extractSections(body: MinimarkBody | null | undefined): ArticleSection[] {
  const sections: ArticleSection[] = []
  let current = { id: '', heading: '', nodes: [] as unknown[] }
  const flush = () => {
    const text = minimarkText({ value: current.nodes })
    if (current.id || text) sections.push({ id: current.id, heading: current.heading, text })
  }
  for (const node of body?.value ?? []) {
    const id = headingId(node)
    if (id) {
      flush()
      current = { id, heading: minimarkText(node as unknown[]), nodes: [] }
    }
    else {
      current.nodes.push(node)
    }
  }
  flush()
  return sections
}
