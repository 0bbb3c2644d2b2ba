/**
 * The computers MultiClaw runs on, as articles name them: the panels of a
 * `::platforms` block (`#mac`, `#windows`, `#linux`), in the order the tabs
 * show them. Shared by the block's component, the content checks, the search
 * index and the page script that turns the panels into tabs.
 */
export const PLATFORMS = ['mac', 'windows', 'linux'] as const

export type Platform = typeof PLATFORMS[number]

/** The name readers see on a tab, above a panel without JavaScript and in print. */
export const PLATFORM_LABELS: Record<Platform, string> = { mac: 'macOS', windows: 'Windows', linux: 'Linux' }

export function isPlatform(name: unknown): name is Platform {
  return typeof name === 'string' && (PLATFORMS as readonly string[]).includes(name)
}

/** The panel a named slot holds: `v-slot:windows` → `windows` (any name, checked elsewhere); `null` for other props. */
export function slotName(props: Record<string, unknown> | undefined): string | null {
  for (const key of Object.keys(props ?? {})) {
    const match = /^(?:v-slot:|#)([\w-]+)$/.exec(key)
    if (match) return match[1]!
  }
  return null
}

/** A panel's anchor: the block's anchor and the platform, `port-conflict-windows`. */
export const panelAnchor = (blockAnchor: string, platform: Platform) => `${blockAnchor}-${platform}`

/** What a block is called before the first heading of an article. */
const INTRODUCTION_ANCHOR = 'platforms'

/**
 * The anchor of each `::platforms` block, from the `##`/`###` heading it sits
 * under, read in document order: call `heading(id)` for each heading and
 * `block()` for each block. A second block under one heading gets `-2`, a
 * third `-3`, so every panel's anchor is unique and stays the same as long as
 * the heading does. Both the build (which gives each block its anchor) and the
 * content checks (which check links to panels) count this way.
 */
export function blockAnchors() {
  let current = INTRODUCTION_ANCHOR
  const seen = new Map<string, number>()
  return {
    heading(id: string) {
      current = id || INTRODUCTION_ANCHOR
    },
    block(): string {
      const count = (seen.get(current) ?? 0) + 1
      seen.set(current, count)
      return count === 1 ? current : `${current}-${count}`
    },
  }
}

/** Headings that open a section: the ones the table of contents and search list. */
export const SECTION_HEADING_TAGS = new Set(['h2', 'h3'])
