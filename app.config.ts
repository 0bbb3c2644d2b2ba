export default defineAppConfig({
  site: {
    name: 'MultiClaw Help Center',
    supportUrl: 'mailto:support@multiclaw.io',
    statusUrl: 'https://status.multiclaw.io',
  },
  // Nuxt UI's palette: written into each page's <head> as CSS variables at build time.
  ui: {
    colors: { primary: 'indigo', success: 'green', info: 'blue', warning: 'yellow', error: 'red', neutral: 'slate' },
  },
  help: {
    // How many articles the related-articles sidebar lists.
    relatedCount: 3,
  },
})
