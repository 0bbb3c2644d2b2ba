import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addServerPlugin, defineNuxtModule } from '@nuxt/kit'
import type { NitroConfig } from 'nitropack'

const runtime = join(dirname(fileURLToPath(import.meta.url)), 'runtime')

/**
 * Our entry replaces Nitro's own prerenderer entry, so it must offer what the
 * prerenderer imports from it. Throws when Nitro's entry no longer looks like
 * the one ours stands in for.
 */
export function checkPrerendererEntry(upstream: string): void {
  for (const name of ['localFetch', 'closePrerenderer']) {
    if (!new RegExp(`export const ${name}\\b`).test(upstream)) {
      throw new Error(`prerender-thread: Nitro's prerenderer entry no longer exports \`${name}\`; check modules/prerender-thread against the installed nitropack (docs/UPGRADING.md)`)
    }
  }
}

function upstreamEntry(rootDir: string): string {
  const require = createRequire(join(rootDir, 'package.json'))
  return readFileSync(join(dirname(require.resolve('nitropack/package.json')), 'dist/presets/_nitro/runtime/nitro-prerenderer.mjs'), 'utf8')
}

/**
 * `nuxt generate` renders pages on a worker thread (runtime/entry.ts) while
 * its own thread crawls their links, runs the build's hooks on them and writes
 * them out; every prerendered request shares one frozen runtime config
 * (runtime/shared-runtime-config.ts). Nitro has no option for either.
 */
export default defineNuxtModule({
  meta: { name: 'prerender-thread' },
  setup(_, nuxt) {
    if (nuxt.options.dev) return
    addServerPlugin(join(runtime, 'shared-runtime-config'))
    nuxt.hook('nitro:init', (nitro) => {
      nitro.hooks.hook('prerender:config', (config: NitroConfig) => {
        if (config.preset !== 'nitro-prerender') throw new Error(`prerender-thread: expected Nitro's prerenderer preset, got ${String(config.preset)} (docs/UPGRADING.md)`)
        checkPrerendererEntry(upstreamEntry(nuxt.options.rootDir))
        config.entry = join(runtime, 'entry.ts')
      })
    })
  },
})
