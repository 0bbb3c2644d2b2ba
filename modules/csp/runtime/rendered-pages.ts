import { defineNitroPlugin } from 'nitropack/runtime'
import { withCspMeta } from '../csp'

// A server build (`npm run build`) renders on request what was not prerendered:
// the not-found page at an unknown address. Such a page gets the policy every
// prerendered page has. Prerendering itself adds it once the page is written.
export default defineNitroPlugin((nitroApp) => {
  if (import.meta.prerender) return
  nitroApp.hooks.hook('render:response', (response) => {
    if (typeof response.body === 'string' && /^<!DOCTYPE html>/i.test(response.body)) response.body = withCspMeta(response.body)
  })
})
