import type { PrerenderRoute } from 'nitropack'
import { contentHooks } from './shared/build/content-hooks'
import { contentChecks } from './shared/build/content-checks'

// The site is fully static: every route is prerendered by `nuxt generate`.
export default defineNuxtConfig({
  modules: ['@nuxt/ui', '@nuxt/content', '@nuxt/eslint', contentChecks],

  devtools: { enabled: false },

  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      titleTemplate: '%s · MultiClaw Help Center',
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },
  css: ['~/assets/css/main.css'],

  content: {
    experimental: { sqliteConnector: 'native' },
    build: { markdown: { toc: { depth: 2, searchDepth: 2 } } },
  },

  // `::callout{type="tip"}` renders our typed callout (components/content/Callout.vue).
  mdc: { components: { map: { callout: 'Callout' } } },

  // Fonts are self-hosted from npm (see assets/css/main.css): no font provider is contacted.
  ui: { fonts: false },
  dir: { app: 'app' },

  // Sources live at the project root (pages/, components/, layouts/), not in app/.
  srcDir: '.',

  routeRules: {
    '/': { redirect: '/help' },
  },

  experimental: { payloadExtraction: true },

  compatibilityDate: '2026-11-01',

  nitro: {
    prerender: {
      crawlLinks: true,
      routes: ['/', '/help', '/not-found', '/help/search', '/search-index/'],
      failOnError: true,
    },
  },

  hooks: {
    ...contentHooks,
    // No `<link rel="prefetch">` for chunks a page may never use (search, other pages):
    // they cost a reader on a slow connection bandwidth they did not ask for.
    'build:manifest'(manifest) {
      for (const chunk of Object.values(manifest)) chunk.prefetch = false
    },
    'nitro:init'(nitro) {
      // Static hosts serve `404.html` for unknown paths. Nuxt's own one is an empty
      // client-rendered shell; ours is the prerendered not-found page, readable without JavaScript.
      nitro.hooks.hook('prerender:generate', (route: PrerenderRoute) => {
        if (route.route === '/404.html') route.skip = true
        if (route.route === '/not-found') route.fileName = '/404.html'
      })
    },
  },

  eslint: { config: { stylistic: true } },

  // Icons come from the installed @iconify-json collections only, never from a remote API.
  icon: {
    provider: 'none',
    fallbackToApi: false,
    serverBundle: { collections: ['lucide'] },
    clientBundle: { scan: true },
  },
})
