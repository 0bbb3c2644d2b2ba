import { icons } from '@iconify-json/lucide'
import { getIconData, iconToSVG } from '@iconify/utils'
import { lucideName } from '#shared/utils/lucide'

/** Every Lucide icon is drawn on this grid; `LucideIcon` writes it as a static attribute. */
export const LUCIDE_VIEW_BOX = '0 0 24 24'

const bodies = new Map<string, string>()

/**
 * The shapes (trusted SVG markup from the installed `@iconify-json/lucide`) of a
 * Lucide icon named as Nuxt UI names it, `i-lucide-chevron-right`. Throws for a
 * name that is not an installed Lucide icon, or an icon off the 24-unit grid.
 */
export function lucideIconBody(name: string): string {
  let body = bodies.get(name)
  if (body === undefined) {
    const icon = lucideName(name)
    const data = icon ? getIconData(icons, icon) : null
    if (!data) throw new Error(`LucideIcon: "${name}" is not an installed Lucide icon (i-lucide-<name>)`)
    const svg = iconToSVG(data)
    if (svg.attributes.viewBox !== LUCIDE_VIEW_BOX) throw new Error(`LucideIcon: "${name}" is drawn on ${svg.attributes.viewBox}, not ${LUCIDE_VIEW_BOX}`)
    body = svg.body
    bodies.set(name, body)
  }
  return body
}
