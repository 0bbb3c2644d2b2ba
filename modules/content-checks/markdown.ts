import type { MDCNode, MDCParseOptions } from '@nuxtjs/mdc'
import { parseMarkdown } from '@nuxtjs/mdc/runtime'
import { lineAt } from './frontmatter'

/** What the link checker needs from an article body. */
export interface MarkdownOutline {
  /** Every `id` in the body (heading anchors, and ids given with MDC's `{#id}`) → its line. */
  anchors: Map<string, number>
  /** Every link target written in the body, with its line. */
  links: { href: string, line: number }[]
}

/**
 * The parser Nuxt Content uses for `.md` files (`@nuxtjs/mdc` with remark-emoji),
 * so heading ids come out exactly as on the built page: github-slugger on the
 * heading text, repeated headings numbered (`-1`, `-2`), a leading digit
 * prefixed with `_`. A new parser per file, as Nuxt Content does: a parser's
 * slugger keeps numbering repeats from one call to the next.
 */
const PARSE_OPTIONS: MDCParseOptions = {
  keepPosition: true,
  highlight: false,
  toc: false,
  contentHeading: false,
  remark: { plugins: { 'remark-emoji': {} } },
}

/** Props that hold a link target: `[text](href)` and components' `to`/`href`. */
const LINK_PROPS = ['href', 'to']

/**
 * Heading anchors and links of a Markdown body. Positions are in `body`, so
 * pass the body padded to its line in the file (see `readMarkdownFile`).
 */
export async function readMarkdownOutline(body: string): Promise<MarkdownOutline> {
  const { body: root } = await parseMarkdown(body, PARSE_OPTIONS)
  const anchors = new Map<string, number>()
  const links: MarkdownOutline['links'] = []

  const visit = (node: MDCNode, line: number) => {
    if (node.type !== 'element') return
    const here = node.position ? lineAt(body, node.position.start) : line
    const props = node.props ?? {}
    if (typeof props.id === 'string' && props.id && !anchors.has(props.id)) anchors.set(props.id, here)
    for (const name of LINK_PROPS) {
      if (typeof props[name] === 'string') links.push({ href: props[name], line: here })
    }
    for (const child of node.children ?? []) visit(child, here)
  }
  for (const child of root.children) visit(child, 1)
  return { anchors, links }
}
