import type { MinimarkBody } from '../utils/minimark'
import { minimarkText } from '../utils/minimark'
import { isPlatform, PLATFORM_LABELS, panelAnchor, slotName } from '../utils/platforms'

/** One panel of a `::platforms` block: its anchor, its platform's name and its text. */
export interface PanelText {
  id: string
  label: string
  text: string
}

export interface ArticleSection {
  /** The heading's anchor; `''` for the text before the first heading. */
  id: string
  heading: string
  /** The section's text outside its `::platforms` blocks. */
  text: string
  /** The panels of the section's `::platforms` blocks, each with its own anchor. */
  panels?: PanelText[]
}

const SECTION_HEADINGS = new Set(['h2', 'h3'])

type Element = [string, Record<string, unknown> | undefined, ...unknown[]]
const isElement = (node: unknown): node is Element => Array.isArray(node) && typeof node[0] === 'string'

function headingId(node: unknown): string | undefined {
  if (!isElement(node) || !SECTION_HEADINGS.has(node[0])) return undefined
  const id = node[1]?.id
  return typeof id === 'string' && id ? id : undefined
}

/** The panels of a `::platforms` block, named by the anchor the build gave the block (modules/content-fields). */
function blockPanels([, props, ...slots]: Element, sectionId: string): PanelText[] {
  const anchor = typeof props?.anchor === 'string' ? props.anchor : ''
  return slots.flatMap((slot) => {
    const platform = isElement(slot) ? slotName(slot[1]) : null
    if (!isPlatform(platform)) return []
    return [{ id: anchor ? panelAnchor(anchor, platform) : sectionId, label: PLATFORM_LABELS[platform], text: minimarkText(slot as Element) }]
  })
}

/**
 * Splits an article body into its sections: the introduction, then every `##`
 * or `###` heading with the text under it (paragraphs, lists, code, callouts),
 * and apart from it the text of each panel of its `::platforms` blocks, so
 * that search can lead to the panel a query matched.
 */
export function extractSections(body: MinimarkBody | null | undefined): ArticleSection[] {
  const sections: ArticleSection[] = []
  let current = { id: '', heading: '', nodes: [] as unknown[], panels: [] as PanelText[] }
  const flush = () => {
    const text = minimarkText({ value: current.nodes })
    if (!current.id && !text && !current.panels.length) return
    sections.push({ id: current.id, heading: current.heading, text, ...(current.panels.length ? { panels: current.panels } : {}) })
  }
  for (const node of body?.value ?? []) {
    const id = headingId(node)
    if (id) {
      flush()
      current = { id, heading: minimarkText(node as unknown[]), nodes: [], panels: [] }
    }
    else if (isElement(node) && node[0] === 'platforms') {
      current.panels.push(...blockPanels(node, current.id))
    }
    else {
      current.nodes.push(node)
    }
  }
  flush()
  return sections
}
