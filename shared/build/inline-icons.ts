import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { addTemplate, defineNuxtModule } from '@nuxt/kit'

interface IconSet {
  width?: number
  height?: number
  icons: Record<string, { body: string, width?: number, height?: number }>
}

export interface InlineIconsOptions {
  /** Lucide icon names to inline, e.g. `['search', 'sun']`. */
  lucide: string[]
}

/**
 * The few icons that the parts of a page running in the browser draw (header
 * buttons, table of contents), as SVG markup in the bundle: `<InlineIcon>`
 * renders them without an icon runtime. Everything rendered only at build time
 * uses `UIcon` as usual.
 */
export const inlineIcons = defineNuxtModule<InlineIconsOptions>({
  meta: { name: 'inline-icons', configKey: 'inlineIcons' },
  defaults: { lucide: [] },
  setup(options) {
    const require = createRequire(import.meta.url)
    addTemplate({
      filename: 'inline-icons.mjs',
      // On disk, so that TypeScript knows the icon names.
      write: true,
      async getContents() {
        const set = JSON.parse(await readFile(require.resolve('@iconify-json/lucide/icons.json'), 'utf8')) as IconSet
        const icons = Object.fromEntries(options.lucide.map((name) => {
          const icon = set.icons[name]
          if (!icon) throw new Error(`inline-icons: there is no Lucide icon named "${name}"`)
          return [name, { body: icon.body, width: icon.width ?? set.width ?? 24, height: icon.height ?? set.height ?? 24 }]
        }))
        return `export default ${JSON.stringify(icons)}`
      },
    })
  },
})
