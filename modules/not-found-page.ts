import { defineNuxtModule } from '@nuxt/kit'
import type { PrerenderRoute } from 'nitropack'

/**
 * Static hosts answer unknown paths with `404.html`. Nuxt's own is an empty
 * client-rendered shell; ours is the prerendered not-found page (`/not-found`,
 * pages/[...path].vue), readable without JavaScript.
 */
export default defineNuxtModule({
  meta: { name: 'not-found-page' },
  setup(_, nuxt) {
    nuxt.hook('nitro:init', (nitro) => {
      nitro.hooks.hook('prerender:generate', (route: PrerenderRoute) => {
        if (route.route === '/404.html') route.skip = true
        if (route.route === '/not-found') route.fileName = '/404.html'
      })
    })
  },
})
