export default defineAppConfig({
  site: {
    name: 'MultiClaw Help Center',
    supportUrl: 'mailto:support@multiclaw.io',
    statusUrl: 'https://status.multiclaw.io',
  },
  help: {
    // How many articles the related-articles sidebar lists.
    relatedCount: 3,
  },
})
