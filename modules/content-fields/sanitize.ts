import { slotName } from '../../shared/utils/platforms'

/**
 * Raw HTML in Markdown is parsed into the article body like any other element.
 * Before it is stored, anything that could run script is removed: elements that
 * execute or embed (`script`, `iframe`, …), `on*` event attributes, `style`
 * attributes, and links or sources with a `javascript:`, `vbscript:` or `data:` URL.
 */

const DROPPED_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'noscript', 'template', 'svg', 'math'])
const URL_PROPS = new Set(['href', 'to', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data'])
const UNSAFE_URL = /^(?:javascript|vbscript|data):/i

/** A URL as a browser reads it: entities decoded, control characters and spaces ignored. */
function normalizedUrl(value: string): string {
  return value
    .replace(/&#x?([\da-f]+);?/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, /^\d+$/.test(code) ? 10 : 16)))
    .replace(/&colon;?/gi, ':').replace(/&tab;?|&newline;?/gi, '')
    // eslint-disable-next-line no-control-regex -- browsers skip these characters inside a URL scheme
    .replace(/[\u0000-\u0020\u007F-\u009F]/g, '')
}

export function isUnsafeUrl(value: unknown): boolean {
  return typeof value === 'string' && UNSAFE_URL.test(normalizedUrl(value))
}

function cleanProps(props: Record<string, unknown>): Record<string, unknown> {
  const clean: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(props)) {
    const key = name.toLowerCase().replace(/^:/, '')
    if (key.startsWith('on') || key === 'style' || key === 'srcdoc') continue
    if (URL_PROPS.has(key) && isUnsafeUrl(value)) continue
    clean[name] = value
  }
  return clean
}

/**
 * A named slot of an MDC component (`#mac` in a `::platforms` block): a
 * `template` with one `v-slot:<name>` prop and nothing else. Kept, unlike
 * other templates; its content is sanitized like the rest.
 */
function isNamedSlot(tag: string, props: Record<string, unknown> | undefined): boolean {
  const keys = Object.keys(props ?? {})
  return tag === 'template' && keys.length === 1 && slotName(props) !== null && props![keys[0]!] === ''
}

/** A minimark node with nothing that can run script; `null` when the whole node goes. */
export function sanitizeNode(node: unknown): unknown {
  if (!Array.isArray(node)) return node
  const [tag, props, ...children] = node as [string, Record<string, unknown> | undefined, ...unknown[]]
  if (typeof tag !== 'string' || (DROPPED_ELEMENTS.has(tag.toLowerCase()) && !isNamedSlot(tag, props))) return null
  return [tag, cleanProps(props ?? {}), ...children.map(sanitizeNode).filter(child => child !== null)]
}

/** The body with every node sanitized; the same object shape (`{ type, value, toc }`). */
export function sanitizeBody<T extends { value?: unknown[] }>(body: T): T {
  if (!Array.isArray(body?.value)) return body
  return { ...body, value: body.value.map(sanitizeNode).filter(node => node !== null) }
}
