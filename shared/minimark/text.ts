/** Minimark: Nuxt Content's compact Markdown AST, `[tag, props, ...children]` or a string. */
export type MinimarkNode = string | [string, Record<string, unknown>, ...MinimarkNode[]]

export interface MinimarkBody {
  type: 'minimark'
  value: MinimarkNode[]
  toc?: { links?: Array<{ id: string, text: string, depth: number }> }
}

const BLOCK_TAGS = new Set(['p', 'li', 'ol', 'ul', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'callout', 'div'])

/** The readable text of a node: inline pieces joined as written, blocks separated by a space. */
export function nodeText(node: MinimarkNode): string {
  if (typeof node === 'string') return node
  const [tag, , ...children] = node
  const text = children.map(nodeText).join('')
  // Blocks pad themselves so that `<li>One</li><li>Two</li>` reads "One Two", not "OneTwo".
  return BLOCK_TAGS.has(tag) ? ` ${text} ` : text
}

/** Collapses the spacing left by `nodeText`. */
export function plainText(nodes: MinimarkNode[]): string {
  return nodes.map(nodeText).join(' ').replace(/\s+/g, ' ').trim()
}
