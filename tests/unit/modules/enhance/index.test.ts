import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { outputFiles } from '../../../../modules/enhance'

describe('outputFiles', () => {
  const root = '/project'
  const out = join(root, '.nuxt/enhance')
  const metafile = {
    inputs: {},
    outputs: {
      '.nuxt/enhance/chunk-AB12.js': { bytes: 1, inputs: {}, imports: [{ path: '.nuxt/enhance/chunk-CD56.js', kind: 'import-statement' as const }], exports: [] },
      '.nuxt/enhance/chunk-CD56.js': { bytes: 1, inputs: {}, imports: [], exports: [] },
      '.nuxt/enhance/page-XY34.js': { bytes: 1, inputs: {}, imports: [{ path: '.nuxt/enhance/search-page-EF78.js', kind: 'dynamic-import' as const }], exports: [], entryPoint: 'modules/enhance/runtime/page.ts' },
      '.nuxt/enhance/search-page-EF78.js': { bytes: 1, inputs: {}, imports: [{ path: '.nuxt/enhance/chunk-AB12.js', kind: 'import-statement' as const }], exports: [], entryPoint: 'modules/enhance/runtime/search-page.ts' },
    },
  }

  it('names the hashed file esbuild wrote for a module, relative to the output folder, without what it imports later', () => {
    expect(outputFiles(metafile, root, out, join(root, 'modules/enhance/runtime/page.ts'))).toEqual(['page-XY34.js'])
  })

  it('follows static imports through every chunk', () => {
    expect(outputFiles(metafile, root, out, join(root, 'modules/enhance/runtime/search-page.ts'))).toEqual(['search-page-EF78.js', 'chunk-AB12.js', 'chunk-CD56.js'])
  })

  it('fails when esbuild wrote nothing for the module', () => {
    expect(() => outputFiles(metafile, root, out, join(root, 'other.ts'))).toThrow(/no output for/)
  })
})
