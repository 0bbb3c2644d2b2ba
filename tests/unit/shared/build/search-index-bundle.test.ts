import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeSearchIndexBundle } from '../../../../shared/build/search-index-bundle'

describe('writeSearchIndexBundle', () => {
  let publicDir: string
  beforeEach(async () => (publicDir = await mkdtemp(join(tmpdir(), 'search-index-bundle-'))))
  afterEach(() => rm(publicDir, { recursive: true, force: true }))

  it('writes every file of the bundle under search-index/', async () => {
    const bundle = {
      'meta.json': '{"version":"abc1"}',
      'abc1/shards/gat.json': '[1]',
      'abc1/shards/_2f.json': '[2]',
      ...Object.fromEntries(Array.from({ length: 150 }, (_, id) => [`abc1/articles/${id}.json`, `{"id":${id}}`])),
    }
    expect(await writeSearchIndexBundle(JSON.stringify(bundle), publicDir)).toBe(153)
    expect(await readFile(join(publicDir, 'search-index/meta.json'), 'utf8')).toBe('{"version":"abc1"}')
    expect(await readFile(join(publicDir, 'search-index/abc1/shards/_2f.json'), 'utf8')).toBe('[2]')
    expect(await readFile(join(publicDir, 'search-index/abc1/articles/149.json'), 'utf8')).toBe('{"id":149}')
    expect((await readdir(join(publicDir, 'search-index/abc1/articles'))).length).toBe(150)
  })

  it.each([
    ['../outside.json'],
    ['abc1/shards/../../../x.json'],
    ['/etc/passwd'],
    ['abc1/other/x.json'],
    ['meta.txt'],
  ])('refuses to write %s, and writes nothing', async (path) => {
    const bundle = JSON.stringify({ 'meta.json': '{}', [path]: '{}' })
    await expect(writeSearchIndexBundle(bundle, publicDir)).rejects.toThrow(`refusing to write ${JSON.stringify(path)}`)
    expect(await readdir(publicDir)).toEqual([])
  })

  it('refuses a file whose text is not a string', async () => {
    await expect(writeSearchIndexBundle(JSON.stringify({ 'meta.json': { version: 1 } }), publicDir)).rejects.toThrow('"meta.json"')
  })
})
