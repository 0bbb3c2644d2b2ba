import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from '../../../../shared/search/build-index'
import { searchIndexFiles } from '../../../../shared/search/index-files'

describe('searchIndexFiles', () => {
  const index = buildSearchIndex([
    { path: '/help/gateway/change-the-gateway-port', title: 'Change the gateway port', description: 'Port 18789 is taken.' },
    { path: '/help/troubleshooting/cannot-sign-in', title: 'Cannot sign in', description: 'Sign-in fails.' },
  ])
  const files = new Map(searchIndexFiles(index))

  it('has the entry point, every shard and one record per article, under the index version', () => {
    expect(JSON.parse(files.get('meta.json')!)).toEqual(index.meta)
    for (const [name, text] of index.shards) expect(files.get(`${index.meta.version}/shards/${name}.json`)).toBe(text)
    expect(JSON.parse(files.get(`${index.meta.version}/articles/1.json`)!).url).toBe('/help/troubleshooting/cannot-sign-in')
    expect(files.size).toBe(1 + index.shards.size + 2)
  })

  it('names every file with safe characters only', () => {
    for (const path of files.keys()) expect(path).toMatch(/^(meta\.json|[a-z0-9]+\/(shards|articles)\/[a-z0-9_]+\.json)$/)
  })
})
