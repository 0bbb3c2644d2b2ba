import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPrerendererEntry } from '../../../../modules/prerender-thread'

describe('checkPrerendererEntry', () => {
  it('accepts the installed Nitro\'s prerenderer entry', () => {
    const nitropack = dirname(createRequire(import.meta.url).resolve('nitropack/package.json'))
    expect(() => checkPrerendererEntry(readFileSync(join(nitropack, 'dist/presets/_nitro/runtime/nitro-prerenderer.mjs'), 'utf8'))).not.toThrow()
  })

  it('fails the build when Nitro\'s entry no longer exports what ours stands in for', () => {
    expect(() => checkPrerendererEntry('export const localFetch = nitroApp.localFetch')).toThrow(/no longer exports `closePrerenderer`/)
    expect(() => checkPrerendererEntry('export default {}')).toThrow(/no longer exports `localFetch`/)
  })
})
