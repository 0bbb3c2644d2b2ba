import { resolve } from 'node:path'
import type { NitroConfig } from 'nitropack'
import type { Nuxt } from 'nuxt/schema'

/**
 * Nuxt module: `nuxt generate` renders pages on a worker thread
 * (server/prerender/entry.ts) while its own thread crawls their links, runs
 * the build's hooks on them and writes them out.
 */
export function prerenderThread(_options: unknown, nuxt: Nuxt): void {
  if (nuxt.options.dev) return
  nuxt.hook('nitro:init', (nitro) => {
    nitro.hooks.hook('prerender:config', (config: NitroConfig) => {
      config.entry = resolve(nuxt.options.rootDir, 'server/prerender/entry.ts')
    })
  })
}
