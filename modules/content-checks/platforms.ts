import type { MDCElement, MDCNode } from '@nuxtjs/mdc'
import type { Platform } from '../../shared/utils/platforms'
import { isPlatform, PLATFORMS, slotName } from '../../shared/utils/platforms'
import type { LineProblem } from './fields'
import { closestMatch } from './links'

/** What a `::platforms` block holds, as the link checker needs it: each panel and its line. */
export interface PlatformPanels {
  panels: { platform: Platform, line: number }[]
  problems: LineProblem[]
}

const HEADING = /^h[1-6]$/
const isBlank = (node: MDCNode) => node.type === 'text' ? !node.value.trim() : node.type === 'comment'

/** The platform a writer most likely meant: `#macos` → `mac`, `#Win` → `windows`. */
function guessPlatform(name: string): Platform | undefined {
  const lower = name.toLowerCase()
  return PLATFORMS.find(p => lower.startsWith(p) || p.startsWith(lower)) ?? closestMatch(lower, PLATFORMS) as Platform | undefined
}

function holdsHeading(node: MDCNode): boolean {
  return node.type === 'element' && (HEADING.test(node.tag) || (node.children ?? []).some(holdsHeading))
}

/**
 * Checks one `::platforms` block (components/content/Platforms.vue): each
 * panel is a named slot `#mac`, `#windows` or `#linux`, present once, with
 * something in it; nothing stands outside the panels, since the page would
 * not show it; and no panel holds a heading, since the block's anchor comes
 * from the heading above it. `lineOf` gives a node's line in the file.
 */
export function checkPlatformBlock(block: MDCElement, lineOf: (node: MDCNode) => number): PlatformPanels {
  const problems: LineProblem[] = []
  const panels: PlatformPanels['panels'] = []
  const fail = (node: MDCNode, message: string) => problems.push({ line: lineOf(node), message: `::platforms ${message}` })
  const children = (block.children ?? []).filter(child => !isBlank(child))
  const slots = children.filter((child): child is MDCElement => child.type === 'element' && child.tag === 'template' && slotName(child.props) !== null)

  const outside = children.find(child => !slots.includes(child as MDCElement))
  if (outside) fail(outside, 'has text before its first panel, which is never shown: move it above the block or into a panel')
  if (!slots.length) fail(block, 'has no panel: start each platform\'s steps with #mac, #windows or #linux on a line of its own')

  for (const slot of slots) {
    const name = slotName(slot.props)!
    if (!isPlatform(name)) {
      const guess = guessPlatform(name)
      fail(slot, `has an unknown platform #${name}: the panels are #mac, #windows and #linux${guess ? ` (did you mean #${guess}?)` : ''}`)
      continue
    }
    if (panels.some(panel => panel.platform === name)) {
      fail(slot, `has two #${name} panels: merge them into one`)
      continue
    }
    panels.push({ platform: name, line: lineOf(slot) })
    const content = (slot.children ?? []).filter(child => !isBlank(child))
    if (!content.length) fail(slot, `has an empty #${name} panel: write its steps or remove the #${name} line`)
    if (content.some(holdsHeading)) fail(slot, `panel #${name} holds a heading: put it above the block, whose panels take their anchors from the heading above them`)
  }
  return { panels, problems }
}
