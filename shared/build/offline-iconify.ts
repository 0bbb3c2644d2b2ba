import { fileURLToPath } from 'node:url'
import { addVitePlugin, defineNuxtModule } from '@nuxt/kit'

const wrapper = fileURLToPath(new URL('./runtime/iconify.ts', import.meta.url))

/**
 * Keeps the Iconify runtime (~10 KB gzip) out of pages that draw no icon in the
 * browser. @nuxt/icon configures it from a plugin, which puts it in the entry
 * chunk that every page loads; our pages render their icons at build time (as
 * CSS) and only draw icons in the browser in the search dialog or after a
 * client-side navigation. So: drop the plugin, and have every import of
 * `@iconify/vue` go through runtime/iconify.ts, which applies the same offline
 * setup when the library is first evaluated. Only for `icon.provider: 'none'`.
 */
export const offlineIconify = defineNuxtModule({
  meta: { name: 'offline-iconify' },
  setup(_, nuxt) {
    const icon = (nuxt.options as { icon?: { provider?: string } }).icon
    if (icon?.provider !== 'none') throw new Error('offline-iconify: expects icon.provider "none" (icons bundled, no icon API)')

    nuxt.hook('app:resolve', (app) => {
      app.plugins = app.plugins.filter(plugin => !/[/\\]@nuxt[/\\]icon[/\\]dist[/\\]runtime[/\\]plugin/.test(plugin.src))
    })
    addVitePlugin({
      name: 'offline-iconify',
      enforce: 'pre',
      resolveId(id, importer) {
        if (id === '@iconify/vue' && importer !== wrapper) return wrapper
      },
    })
  },
})
