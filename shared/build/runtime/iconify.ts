// `@iconify/vue` as every module of the app sees it (shared/build/offline-iconify.ts):
// the library, set up on first use to never ask an icon API for anything. This
// is what @nuxt/icon's plugin does for `provider: 'none'`, moved here so that
// the library loads with the first component that draws an icon, not with every page.
import { _api, addAPIProvider } from '@iconify/vue'

_api.setFetch(() => Promise.resolve(new Response()))
addAPIProvider('', { resources: [] })

export * from '@iconify/vue'
