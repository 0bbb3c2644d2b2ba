import type { PrerenderRoute } from 'nitropack'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { contentHooks } from './shared/build/content-hooks'
import { contentChecks } from './shared/build/content-checks'
import { contentDatabase } from './shared/build/content-database'
import { contentPrerender } from './shared/build/content-prerender'
import { headersFile, inlineScriptHashes, withCspMeta } from './shared/build/csp'
import { inlineIcons } from './shared/build/inline-icons'
import { trimResourceHints } from './shared/build/preload'
import { offlineIconify } from './shared/build/offline-iconify'
import { searchIndexPublish } from './shared/build/search-index-publish'
import { prerenderThread } from './shared/build/prerender-thread'
import { uiColors } from './shared/build/ui-colors'
import { uiScope } from './shared/build/ui-scope'
import { leanClient } from './shared/build/lean-client'
import { siteAddress } from './shared/utils/structured-data'

// Who the site is, for canonical URLs, sitemap.xml, robots.txt and llms.txt.
// `NUXT_SITE_URL=https://staging.example.com npm run generate` builds for another address.
const site = {
  url: process.env.NUXT_SITE_URL || 'https://help.multiclaw.io',
  name: 'MultiClaw Help Center',
  description: 'Answers and step-by-step fixes for the MultiClaw desktop app, the OpenClaw gateway and MultiClaw Cloud.',
}

// The site can be served from a sub-path: `NUXT_APP_BASE_URL=/support/ npm run generate`.
const baseURL = process.env.NUXT_APP_BASE_URL || '/'

// The site is fully static: every route is prerendered by `nuxt generate`.
export default defineNuxtConfig({
  // The robots module goes before Nuxt Content, as it asks.
  modules: ['@nuxt/ui', '@nuxtjs/robots', '@nuxt/content', 'nuxt-llms', '@nuxt/eslint', contentChecks, contentDatabase, contentPrerender, prerenderThread, searchIndexPublish, inlineIcons, uiScope, uiColors, offlineIconify, leanClient],

  // No file-based routing: app.vue picks the page for a URL (shared/utils/routes.ts),
  // so that no page loads vue-router (see README, "Light pages"). pages/ holds one
  // component per kind of page.
  pages: false,
  components: { dirs: ['~/components', { path: '~/pages', pathPrefix: false }] },

  devtools: { enabled: false },

  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      link: [{ rel: 'icon', type: 'image/svg+xml', href: `${baseURL}favicon.svg` }],
    },
  },
  css: ['~/assets/css/main.css'],

  site,

  content: {
    experimental: { sqliteConnector: 'native' },
    // llms.txt is built from our own categories (server/plugins/llms.ts), not Content's defaults.
    llms: false,
    build: { markdown: { toc: { depth: 2, searchDepth: 2 } } },
  },

  // `::callout{type="tip"}` renders our typed callout (components/content/Callout.vue).
  mdc: { components: { map: { callout: 'Callout' } } },

  // Fonts are self-hosted from npm (see assets/css/main.css): no font provider is contacted.
  ui: {
    fonts: false,
    // Only the semantic colors the site uses, and CSS only for the components it uses.
    theme: { colors: ['primary', 'neutral', 'success', 'info', 'warning', 'error'] },
    experimental: { componentDetection: true },
  },
  dir: { app: 'app' },

  // Sources live at the project root (pages/, components/, layouts/), not in app/.
  srcDir: '.',

  routeRules: {
    '/': { redirect: `${baseURL}help` },
  },

  // No source maps of the server bundle: it only ever runs to prerender the site,
  // and writing its maps is a tenth of every build.
  sourcemap: { server: false, client: false },

  experimental: {
    payloadExtraction: true,
    // Every link loads a prerendered document (app.vue): there is nothing to prefetch,
    // no app manifest to ask which routes are prerendered, no server components.
    defaults: { nuxtLink: { prefetch: false } },
    appManifest: false,
    componentIslands: false,
    navigationRepaint: false,
  },

  compatibilityDate: '2026-11-01',

  nitro: {
    // A second build (the test suite's sub-path build) can go elsewhere than `.output`.
    ...(process.env.HELP_OUTPUT_DIR ? { output: { dir: process.env.HELP_OUTPUT_DIR } } : {}),
    prerender: {
      crawlLinks: true,
      routes: ['/', '/help', '/not-found', '/help/search', '/sitemap.xml'],
      failOnError: true,
      // Pages link their payload with a cache-busting query (`_payload.json?_b=<build id>`);
      // the crawler would fetch each one again only to find it can't be written as a file.
      ignore: [/\/_payload\.json\?/],
    },
  },

  vite: {
    // Every component, ours and our dependencies', uses the Composition API.
    vue: { features: { optionsAPI: false } },
    build: {
      // No preload helper and dependency lists for dynamic imports (~1 KB gzip on every
      // page): what loads later (search) fetches its imports as the browser finds them.
      // A page's own chunks are still preloaded from its HTML.
      modulePreload: false,
      rolldownOptions: {
        // Pages query content at build time only (their data is in the prerendered
        // payload); with no side effects declared, Nuxt Content's query code stays
        // out of the browser where a page imports it but never calls it there.
        treeshake: { moduleSideEffects: [{ test: /[/\\]@nuxt[/\\]content[/\\]dist[/\\]runtime[/\\]/, sideEffects: false }] },
      },
    },
  },

  hooks: {
    ...contentHooks,
    'nitro:config'(config) {
      // Pages' payloads and shared data, from rendering a page to writing its _payload.json, in memory:
      // Nuxt's default keeps them in files, two file operations each, and a build creates enough files already.
      const { storage } = config as { storage?: Record<string, unknown> }
      Object.assign(config, { storage: { ...storage, 'internal:nuxt:prerender': { driver: 'memory' } } })
    },
    // Preload only what a page runs on load (shared/build/preload.ts).
    'build:manifest': trimResourceHints,
    'nitro:init'(nitro) {
      // Static hosts serve `404.html` for unknown paths. Nuxt's own one is an empty
      // client-rendered shell; ours is the prerendered not-found page, readable without JavaScript.
      nitro.hooks.hook('prerender:generate', (route: PrerenderRoute) => {
        if (route.route === '/404.html') route.skip = true
        if (route.route === '/not-found') route.fileName = '/404.html'
      })
      // Every page carries its Content-Security-Policy; `_headers` gives static
      // hosts the same policy (with the hashes of all pages) as a real header.
      const scriptHashes = new Set<string>()
      nitro.hooks.hook('prerender:generate', (route: PrerenderRoute) => {
        if (!route.fileName?.endsWith('.html') || typeof route.contents !== 'string') return
        route.contents = withCspMeta(route.contents)
        for (const hash of inlineScriptHashes(route.contents)) scriptHashes.add(hash)
      })
      nitro.hooks.hook('prerender:done', async () => {
        await writeFile(join(nitro.options.output.publicDir, '_headers'), headersFile([...scriptHashes].sort()))
      })
    },
  },

  eslint: { config: { stylistic: true } },

  // Icons come from the installed @iconify-json collections only, never from a remote API.
  icon: {
    provider: 'none',
    fallbackToApi: false,
    serverBundle: { collections: ['lucide'] },
    // Every icon the sources name (category icons come from content/), for rendering pages
    // at build time. The browser never loads this bundle: what runs there draws inline SVG.
    clientBundle: { scan: true },
  },

  // Icons drawn by the parts of pages that run in the browser, without an icon runtime (components/InlineIcon.vue).
  inlineIcons: { lucide: ['search', 'sun', 'moon'] },

  // llms.txt and llms-full.txt; server/plugins/llms.ts adds the categories and articles.
  llms: {
    domain: siteAddress(site.url, baseURL),
    title: site.name,
    description: site.description,
    full: {
      title: 'Every article in full',
      description: 'All published help articles as one Markdown file.',
    },
    notes: [
      'Each article is also a web page: its Markdown address without the `.md`.',
      'Articles are grouped by topic; each lists the likely causes of one problem, most common first, with numbered steps.',
    ],
    sections: [],
  },

  // robots.txt belongs at the root of a host: a build under a sub-path has none.
  // sitemap.xml is our own route (server/routes/sitemap.xml.ts).
  robots: { botDetection: false, robotsTxt: baseURL === '/', sitemap: '/sitemap.xml' },

  // Nuxt UI's palette, as static CSS (shared/build/ui-colors.ts) rather than its colors plugin.
  uiColors: {
    colors: { primary: 'indigo', success: 'green', info: 'blue', warning: 'yellow', error: 'red', neutral: 'slate' },
  },
})
