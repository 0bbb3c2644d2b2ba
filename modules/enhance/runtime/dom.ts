/** Attributes of an element made by `h`: `false`, `null` and `undefined` leave one out. */
type Attributes = Record<string, string | number | boolean | null | undefined>

/**
 * An element with attributes and children. Text children become text nodes,
 * never markup: queries and snippets are shown exactly as typed or written.
 */
export function h(tag: string, attributes: Attributes = {}, children: Array<Node | string> = []): HTMLElement {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  element.append(...children)
  return element
}

/** The site's base URL, as the browser sees it: the page scripts live in `<base>_enhance/`. */
export const siteBase = new URL('../', import.meta.url).pathname

/** A site path (`/help/gateway`) as a link under the site's base URL. */
export const siteHref = (path: string) => siteBase + path.replace(/^\//, '')
