import { defineNitroPlugin, useRuntimeConfig } from 'nitropack/runtime'

// Nitro gives every request its own copy of the runtime config, re-reading the
// environment for each key, so that a server can see a different environment per
// request. Prerendering runs all requests (several per article) in one process
// with one environment, and so does the Node server of a server build (where this
// copy was half the cost of a help API request): they can all share the config
// resolved at startup, which is frozen, so nothing can change it for the requests
// that follow. Nitro reads a request's config from `event.context.nitro.runtimeConfig`,
// which has no public setter: the first request checks that it is still read from there.
export default defineNitroPlugin((nitroApp) => {
  const config = useRuntimeConfig()
  let checked = false
  nitroApp.hooks.hook('request', (event) => {
    event.context.nitro ??= { errors: [] }
    event.context.nitro.runtimeConfig ??= config
    if (checked) return
    checked = true
    if (useRuntimeConfig(event) !== config) {
      throw new Error('prerender-thread: Nitro no longer reads a request\'s runtime config from event.context.nitro.runtimeConfig (docs/UPGRADING.md)')
    }
  })
})
