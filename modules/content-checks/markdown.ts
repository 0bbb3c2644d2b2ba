import type { MDCNode, MDCParseOptions } from '@nuxtjs/mdc'
import { parseMarkdown } from '@nuxtjs/mdc/runtime'
import { blockAnchors, panelAnchor, SECTION_HEADING_TAGS } from '../../shared/utils/platforms'
import { ARTICLE_COMPONENTS } from '../article-components'
import type { LineProblem } from './fields'
import { lineAt } from './frontmatter'
import { checkPlatformBlock } from './platforms'

/** What the link checker needs from an article body. */
/** The components an article can use, as it writes them: `::callout or ::platforms`. */
const USABLE_COMPONENTS = Object.keys(ARTICLE_COMPONENTS).map(tag => `::${tag}`).join(' or ')

export interface MarkdownOutline {
  /**
   * Every `id` in the body → its line, in document order: heading anchors, ids
   * given with MDC's `{#id}`, and the anchors of `::platforms` panels.
   */
  anchors: Map<string, number>
  /** Every link target written in the body, with its line. */
  links: { href: string, line: number }[]
  /** What is wrong in the body's Markdown components: an unknown one, a wrong `::platforms` block. */
  problems: LineProblem[]
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
 * Anchors, links and component problems of a Markdown body. Positions are in
 * `body`, so pass the body padded to its line in the file (see `readMarkdownFile`).
 */
export async function readMarkdownOutline(body: string): Promise<MarkdownOutline> {
  const { body: root } = await parseMarkdown(body, PARSE_OPTIONS)
  const anchors = new Map<string, number>()
  const links: MarkdownOutline['links'] = []
  const problems: LineProblem[] = []
  // Panels are named after the heading above their block, as the build names them (modules/content-fields).
  const blocks = blockAnchors()
  const addAnchor = (id: string, line: number) => !anchors.has(id) && anchors.set(id, line)

  const visit = (node: MDCNode, line: number) => {
    if (node.type !== 'element') return
    const here = node.position ? lineAt(body, node.position.start) : line
    const props = node.props ?? {}
    if (typeof props.id === 'string' && props.id) {
      addAnchor(props.id, here)
      if (SECTION_HEADING_TAGS.has(node.tag)) blocks.heading(props.id)
    }
    // A component is written `::name` or `:name` (raw HTML and Markdown's own elements are not).
    if (node.position && body[node.position.start] === ':' && !Object.hasOwn(ARTICLE_COMPONENTS, node.tag)) {
      const written = body.startsWith('::', node.position.start) ? `::${node.tag}` : `:${node.tag}`
      problems.push({ line: here, message: `${written} is not a component articles can use: write ${USABLE_COMPONENTS} (content/README.md)` })
    }
    for (const name of LINK_PROPS) {
      if (typeof props[name] === 'string') links.push({ href: props[name], line: here })
    }
    if (node.tag === 'platforms') {
      const block = checkPlatformBlock(node, child => child.position ? lineAt(body, child.position.start) : here)
      const anchor = blocks.block()
      for (const panel of block.panels) addAnchor(panelAnchor(anchor, panel.platform), panel.line)
      problems.push(...block.problems)
    }
    for (const child of node.children ?? []) visit(child, here)
  }
  for (const child of root.children) visit(child, 1)
  return { anchors, links, problems }
}
