import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { defineNuxtModule } from '@nuxt/kit'

const PATCHED = 'Object.fromEntries(result.map((row) => [row.id, row]))'
const UPSTREAM = 'result.reduce((acc, cur) => ({ ...acc, [cur.id]: cur }), {})'

/**
 * Whether Nuxt Content's parse-cache loader is the patched one
 * (patches/@nuxt+content+*.patch): `patched`, `unpatched` (the install skipped
 * patch-package), or `moved` (Nuxt Content changed that code).
 */
export function parseCacheLoader(source: string): 'patched' | 'unpatched' | 'moved' {
  if (source.includes(PATCHED)) return 'patched'
  return source.includes(UPSTREAM) ? 'unpatched' : 'moved'
}

/**
 * Nuxt Content 3.16 loads its cache of parsed files by copying an object once
 * per row: quadratic, 28 s for 11,000 files before a build does anything.
 * patch-package applies our one-line fix after every install; this module makes
 * the build fail, rather than silently slow down, when the fix is missing or
 * Nuxt Content has rewritten that code (then check whether it is still needed).
 */
export default defineNuxtModule({
  meta: { name: 'content-parse-cache' },
  setup(_, nuxt) {
    if (nuxt.options._prepare) return
    const require = createRequire(join(nuxt.options.rootDir, 'package.json'))
    const state = parseCacheLoader(readFileSync(join(dirname(require.resolve('@nuxt/content')), 'module.mjs'), 'utf8'))
    if (state === 'unpatched') throw new Error('content-parse-cache: the fix in patches/ is not applied to @nuxt/content; run `npm install` (its postinstall runs patch-package)')
    if (state === 'moved') throw new Error('content-parse-cache: Nuxt Content has rewritten the parse-cache loader that patches/ fixes; see docs/UPGRADING.md')
  },
})
