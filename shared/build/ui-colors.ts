import { addTemplate, defineNuxtModule } from '@nuxt/kit'

export type UiColors = Record<string, string> & { neutral: string }

const SHADES = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950]

/** The CSS variables Nuxt UI's colors plugin would write into every page's `<head>`. */
export function uiColorsCss(colors: UiColors): string {
  const { neutral: _, ...semantic } = colors
  const shades = Object.entries(colors).flatMap(([key, palette]) => SHADES.map(shade =>
    `--ui-color-${key}-${shade}: var(--color-${palette === 'neutral' ? 'old-neutral' : palette}-${shade});`))
  const at = (shade: number) => Object.keys(semantic).map(key => `--ui-${key}: var(--ui-color-${key}-${shade});`)
  return `@layer theme {
  :root, :host {
    ${shades.join('\n    ')}
  }
  :root, :host, .light {
    ${at(500).join('\n    ')}
  }
  .dark {
    ${at(400).join('\n    ')}
  }
}
`
}

/**
 * Nuxt UI's palette as static CSS (`#build/ui-colors.css`, imported by
 * assets/css/main.css) instead of its colors plugin. The plugin computes the
 * same variables at runtime from the app config, so it ships Tailwind's whole
 * color table to the browser (~3.5 KB gzip) and inlines the result into every
 * page. Tailwind emits the palette variables these refer to.
 */
export const uiColors = defineNuxtModule<{ colors: UiColors }>({
  meta: { name: 'ui-colors', configKey: 'uiColors' },
  setup(options, nuxt) {
    nuxt.hook('app:resolve', (app) => {
      app.plugins = app.plugins.filter(plugin => !/[/\\]@nuxt[/\\]ui[/\\]dist[/\\]runtime[/\\]plugins[/\\]colors/.test(plugin.src))
    })
    addTemplate({ filename: 'ui-colors.css', write: true, getContents: () => uiColorsCss(options.colors) })
  },
})
