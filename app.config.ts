export default defineAppConfig({
  site: {
    name: 'MultiClaw Help Center',
    supportUrl: 'mailto:support@multiclaw.io',
    statusUrl: 'https://status.multiclaw.io',
  },
  // Nuxt UI's palette: written into each page's <head> as CSS variables at build time.
  ui: {
    colors: { primary: 'indigo', success: 'green', info: 'blue', warning: 'yellow', error: 'red', neutral: 'slate' },
    // A tip's text is success-600 on a success tint by default: 3.3:1 on a light
    // page, under the 4.5:1 that text needs. One shade darker passes.
    prose: { callout: { variants: { color: { success: { base: 'text-success-700 [&_code]:text-success-700' } } } } },
  },
  help: {
    // How many articles the related-articles sidebar lists.
    relatedCount: 3,
  },
})
