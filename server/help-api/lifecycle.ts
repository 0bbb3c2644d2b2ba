import { defineNitroPlugin } from 'nitropack/runtime'
import { closeHelpStore, useHelpApiConfig, useHelpStore } from './state'

const DAY = 86_400_000

/**
 * The help API's database over the server's life: opened at start (a wrong
 * `DATABASE_URL` shows in the log at once), old entries purged then and every
 * day after, and the rows being written flushed before the server stops.
 */
export default defineNitroPlugin((nitroApp) => {
  // The prerenderer of `nuxt build` is a server too, and stores nothing.
  if (import.meta.prerender) return
  const purge = () => useHelpStore()
    .then(store => store.purge(useHelpApiConfig().retentionDays))
    .catch(error => console.error('help API: the database is not available:', error))
  void purge()
  const timer = setInterval(purge, DAY)
  timer.unref?.()
  nitroApp.hooks.hook('close', async () => {
    clearInterval(timer)
    await closeHelpStore()
  })
})
