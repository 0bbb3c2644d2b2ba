// Nitro gives every request its own copy of the runtime config, re-reading the
// environment for each key, so that a server can see a different environment per
// request. Prerendering runs all requests (several per article) in one process
// with one environment: they can all share the config resolved at startup, which
// is frozen, so nothing can change it for the requests that follow.
export default defineNitroPlugin((nitroApp) => {
  if (!import.meta.prerender) return
  const config = useRuntimeConfig()
  nitroApp.hooks.hook('request', (event) => {
    event.context.nitro ??= { errors: [] }
    event.context.nitro.runtimeConfig ??= config
  })
})
