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

/**
 * The `##` sections of a body that contain a numbered list, with the list's
 * items as steps. Only lists directly in the section count (not lists nested in
 * a callout or another list); text before the first `##` belongs to no section.
 */
export function minimarkSteps(body: MinimarkBody | null | undefined): StepSection[] {
  const sections: StepSection[] = []
  let current: StepSection | null = null
  for (const node of body?.value ?? []) {
    const tag = tagOf(node)
    if (tag === 'h2') {
      const element = node as readonly unknown[]
      const id = propsOf(element).id
      current = { name: minimarkText(element), steps: [] }
      if (typeof id === 'string' && id) current.id = id
      sections.push(current)
    }
    else if (tag === 'ol' && current) {
      for (const item of childrenOf(node as readonly unknown[])) {
        if (tagOf(item) !== 'li') continue
        const text = minimarkText(item as readonly unknown[])
        if (text) current.steps.push(text)
      }
    }
  }
  return sections.filter(section => section.steps.length > 0)
}
