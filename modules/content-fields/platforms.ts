import { blockAnchors, SECTION_HEADING_TAGS } from '../../shared/utils/platforms'

type MinimarkElement = [string, Record<string, unknown>, ...unknown[]]

const isElement = (node: unknown): node is MinimarkElement => Array.isArray(node) && typeof node[0] === 'string'

/**
 * Gives every `::platforms` block of a minimark body its `anchor`: the id of
 * the `##`/`###` heading it sits under (`port-conflict`, see `blockAnchors`),
 * from which the block's component names its panels (`port-conflict-windows`).
 * Computed once at build time, so the page, the help API's JSON and the search
 * index agree on every panel's address. Returns the same body, changed in place.
 */
export function anchorPlatformBlocks<T extends { value?: unknown[] }>(body: T): T {
  const anchors = blockAnchors()
  const visit = (node: unknown) => {
    if (!isElement(node)) return
    const [tag, props] = node
    if (SECTION_HEADING_TAGS.has(tag) && typeof props?.id === 'string') anchors.heading(props.id)
    if (tag === 'platforms') node[1] = { ...props, anchor: anchors.block() }
    for (const child of node.slice(2)) visit(child)
  }
  for (const node of body?.value ?? []) visit(node)
  return body
}
