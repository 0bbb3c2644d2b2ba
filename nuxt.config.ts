import { ARTICLE_COMPONENTS } from './modules/article-components'
import { COLOR_MODE_STORAGE_KEY } from './shared/utils/color-mode'
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

// A mostly-static site (docs/ARCHITECTURE.md): every page is prerendered by
// `nuxt generate` and ships no framework runtime (`noScripts`); what is
// interactive is progressive enhancement (modules/enhance). Local modules in
// modules/ are registered after the ones listed here.
export default defineNuxtConfig({
  // The robots module goes before Nuxt Content, as it asks.
  modules: ['@nuxt/ui', '@nuxtjs/robots', '@nuxt/content', 'nuxt-llms', '@nuxt/eslint'],

  devtools: { enabled: false },

  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      link: [{ rel: 'icon', type: 'image/svg+xml', href: `${baseURL}favicon.svg` }],
    },
  },
  css: ['~/assets/css/main.css'],

  site,

  // The reader's light/dark choice, shared with the header's toggle (modules/enhance/runtime/color-mode.ts).
  colorMode: { storageKey: COLOR_MODE_STORAGE_KEY },

  content: {
    experimental: { sqliteConnector: 'native' },
    // llms.txt is built from our own categories (server/plugins/llms.ts), not Content's defaults.
    llms: false,
    build: {
      markdown: {
        toc: { depth: 2, searchDepth: 2 },
        // Besides Nuxt Content's defaults (bash among them): Windows' Command Prompt and PowerShell, for the Windows steps.
        highlight: { langs: ['bat', 'powershell'] },
      },
    },
  },

  // `::callout{type="tip"}` renders our typed callout (components/content/Callout.vue),
  // `::platforms` the steps for each computer (components/content/Platforms.vue).
  mdc: { components: { map: { ...ARTICLE_COMPONENTS } } },

  ui: {
    // No font provider is contacted: the site uses the system's fonts (assets/css/main.css).
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
    // No page hydrates: each is a prerendered document with progressive enhancement.
    // `ssr: true` is Nuxt's default, said out loud for nuxt-site-config, which reads a
    // missing `ssr` rule as a client-rendered page and writes its config into it as a script.
    '/**': { noScripts: true, ssr: true },
  },

  // No source maps of the server bundle: it only ever runs to prerender the site.
  sourcemap: { server: false, client: false },

  experimental: {
    // Pages ship no framework runtime, so no payload files are fetched.
    payloadExtraction: false,
    appManifest: false,
  },

  compatibilityDate: '2026-11-01',

  nitro: {
    // A second build (the test suite's sub-path build) can go elsewhere than `.output`.
    ...(process.env.HELP_OUTPUT_DIR ? { output: { dir: process.env.HELP_OUTPUT_DIR } } : {}),
    prerender: {
      crawlLinks: true,
      routes: ['/', '/help', '/not-found', '/help/search', '/sitemap.xml', '/help/api/v1/index.json', '/help/api/v1/errors.json'],
      failOnError: true,
    },
  },

  vite: {
    // Every component, ours and our dependencies', uses the Composition API: Vue
    // without the Options API renders each component instance with less work.
    vue: { features: { optionsAPI: false } },
  },

  eslint: { config: { stylistic: true } },

  // Icons come from the installed @iconify-json collections only, never from a remote API.
  icon: {
    provider: 'none',
    // Inline SVG: no icon stylesheet in every page, no icon images for the browser to decode.
    mode: 'svg',
    fallbackToApi: false,
    serverBundle: { collections: ['lucide'] },
    // Every icon the sources name (category icons come from content/), for rendering pages at build time.
    clientBundle: { scan: true },
  },

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
})
