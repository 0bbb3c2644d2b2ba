import { isPlatform, panelAnchor, PLATFORM_LABELS, slotName } from './platforms'

/**
 * Reading Nuxt Content's minimark bodies: `{ type: 'minimark', value: [node, …] }`
 * where a node is a string or `[tag, props, ...children]`.
 */

/** A node of a minimark tree, as loosely as it arrives from a query or a payload. */
export type MinimarkNode = string | readonly unknown[]

/** What `minimarkSteps` reads: any object with a minimark `value`. */
export interface MinimarkBody {
  type?: string
  value?: readonly unknown[]
}

/** One `##` section of an article that is a numbered list of steps. */
export interface StepSection {
  /** The `##` heading's text. */
  name: string
  /** The heading's anchor id, when it has one. */
  id?: string
  /** Each step's text, in order. */
  steps: string[]
}

// Elements whose text stands apart from its neighbours' ("…Gateway.Wait" → "…Gateway. Wait").
const BLOCK_TAGS = new Set([
  'p', 'li', 'ol', 'ul', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'br', 'hr', 'callout',
])

function isElement(node: unknown): node is readonly unknown[] {
  return Array.isArray(node) && typeof node[0] === 'string'
}

function tagOf(node: unknown): string | undefined {
  return isElement(node) ? String(node[0]) : undefined
}

function propsOf(node: readonly unknown[]): Record<string, unknown> {
  const props = node[1]
  return props && typeof props === 'object' && !Array.isArray(props) ? props as Record<string, unknown> : {}
}

function childrenOf(node: readonly unknown[]): unknown[] {
  return node.slice(2)
}

function rawText(node: unknown): string {
  if (typeof node === 'string') return node
  if (!isElement(node)) return ''
  const inner = childrenOf(node).map(rawText).join('')
  return BLOCK_TAGS.has(String(node[0])) ? ` ${inner} ` : inner
}

/** The readable text of a node, or of a whole body, whitespace collapsed. */
export function minimarkText(node: MinimarkNode | MinimarkBody | null | undefined): string {
  const text = node && typeof node === 'object' && 'value' in node
    ? (node.value ?? []).map(rawText).join('')
    : rawText(node)
  return text.replace(/\s+/g, ' ').trim()
}

/** The items of a numbered list, as text. */
function listSteps(list: readonly unknown[]): string[] {
  return childrenOf(list).filter(item => tagOf(item) === 'li').map(item => minimarkText(item as readonly unknown[])).filter(Boolean)
}

/**
 * The `##` sections of a body that contain a numbered list, with the list's
 * items as steps. Only lists directly in the section count (not lists nested in
 * a callout or another list); text before the first `##` belongs to no section.
 * The numbered steps of each panel of a `::platforms` block are a section of
 * their own, "Heading (macOS)", at the panel's anchor.
 */
export function minimarkSteps(body: MinimarkBody | null | undefined): StepSection[] {
  const sections: StepSection[] = []
  let current: StepSection | null = null
  // The heading a `::platforms` block sits under, `##` or `###`: the block is named after it.
  let heading = ''
  for (const node of body?.value ?? []) {
    const tag = tagOf(node)
    if (tag === 'h2' || tag === 'h3') heading = minimarkText(node as readonly unknown[])
    if (tag === 'h2') {
      const element = node as readonly unknown[]
      const id = propsOf(element).id
      current = { name: heading, steps: [] }
      if (typeof id === 'string' && id) current.id = id
      sections.push(current)
    }
    else if (tag === 'ol' && current) {
      current.steps.push(...listSteps(node as readonly unknown[]))
    }
    else if (tag === 'platforms') {
      const block = node as readonly unknown[]
      const anchor = propsOf(block).anchor
      for (const panel of childrenOf(block)) {
        const platform = isElement(panel) ? slotName(propsOf(panel)) : null
        if (!isPlatform(platform)) continue
        const steps = childrenOf(panel as readonly unknown[]).filter(child => tagOf(child) === 'ol').flatMap(list => listSteps(list as readonly unknown[]))
        const section: StepSection = { name: heading ? `${heading} (${PLATFORM_LABELS[platform]})` : PLATFORM_LABELS[platform], steps }
        if (typeof anchor === 'string' && anchor) section.id = panelAnchor(anchor, platform)
        sections.push(section)
      }
    }
  }
  return sections.filter(section => section.steps.length > 0)
}
