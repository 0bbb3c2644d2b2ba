import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCacheLoader } from '../../../modules/content-parse-cache'

describe('parseCacheLoader', () => {
  it('finds the fix applied to the installed Nuxt Content', () => {
    const source = readFileSync(join(dirname(createRequire(import.meta.url).resolve('@nuxt/content')), 'module.mjs'), 'utf8')
    expect(parseCacheLoader(source)).toBe('patched')
  })

  it('tells an install without the fix from a Nuxt Content that rewrote the code', () => {
    expect(parseCacheLoader('return result.reduce((acc, cur) => ({ ...acc, [cur.id]: cur }), {});')).toBe('unpatched')
    expect(parseCacheLoader('return new Map(rows.map(r => [r.id, r]))')).toBe('moved')
  })
})
