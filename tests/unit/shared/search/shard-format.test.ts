import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { packShard, unpackShard } from '../../../../shared/search/shard-format'
import type { MiniSearchJson } from '../../../../shared/search/shard-format'
import { MINISEARCH_OPTIONS, SEARCH_FIELDS, TEXT_FIELD_ID } from '../../../../shared/search/shards'

const docs = [
  { id: 3, title: 'gateway fails', heading: 'port conflict', text: 'gateway port 18789 busy gateway' },
  { id: 7, title: 'sign', heading: 'session', text: 'gateway token expired' },
  { id: 12, title: '', heading: '', text: 'quota quota quota' },
]

describe('packShard / unpackShard', () => {
  const index = new MiniSearch(MINISEARCH_OPTIONS)
  index.addAll(docs)
  const json = JSON.parse(JSON.stringify(index)) as MiniSearchJson
  const packed = packShard(json, TEXT_FIELD_ID)
  const unpacked = unpackShard(JSON.parse(JSON.stringify(packed)), SEARCH_FIELDS, TEXT_FIELD_ID, json.documentCount, json.averageFieldLength)

  it('round-trips ids, postings and frequencies', () => {
    expect(unpacked.documentIds).toEqual(json.documentIds)
    expect(new Map(unpacked.index)).toEqual(new Map(json.index))
  })

  it('is smaller than MiniSearch\'s own JSON', () => {
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(json).length)
  })

  it('gives the same results once loaded', () => {
    const original = MiniSearch.loadJS(json, MINISEARCH_OPTIONS)
    const restored = MiniSearch.loadJS(unpacked, MINISEARCH_OPTIONS)
    for (const term of ['gateway', 'quota', 'port']) {
      expect(restored.search(term).map(r => r.id)).toEqual(original.search(term).map(r => r.id))
    }
  })
})
