import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryFile } from '../../../../modules/enhance'

describe('entryFile', () => {
  const root = '/project'
  const metafile = {
    inputs: {},
    outputs: {
      '.nuxt/enhance/chunk-AB12.js': { bytes: 1, inputs: {}, imports: [], exports: [] },
      '.nuxt/enhance/page-XY34.js': { bytes: 1, inputs: {}, imports: [], exports: [], entryPoint: 'modules/enhance/runtime/page.ts' },
    },
  }

  it('names the hashed file esbuild wrote for the entry, relative to the output folder', () => {
    expect(entryFile(metafile, root, join(root, '.nuxt/enhance'), join(root, 'modules/enhance/runtime/page.ts'))).toBe('page-XY34.js')
  })

  it('fails when esbuild wrote nothing for the entry', () => {
    expect(() => entryFile(metafile, root, join(root, '.nuxt/enhance'), join(root, 'other.ts'))).toThrow(/no output for/)
  })
})
