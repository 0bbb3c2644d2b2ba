import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { MAX_POSTINGS_PER_FIELD, packShard, unpackShard } from '../../../../shared/search/shard-format'
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
  const packed = packShard(json, TEXT_FIELD_ID, json.averageFieldLength)
  const unpacked = unpackShard(JSON.parse(JSON.stringify(packed)), SEARCH_FIELDS, TEXT_FIELD_ID, json.documentCount, json.averageFieldLength)

  it('round-trips ids, postings and frequencies', () => {
    expect(unpacked.documentIds).toEqual(json.documentIds)
    expect(new Map(unpacked.index)).toEqual(new Map(json.index))
  })

  it('counts each term\'s documents', () => {
    expect(packed.df[packed.terms.findIndex(([term]) => term === 'gateway')]).toBe(2)
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

describe('pruning of very common terms', () => {
  it('keeps the documents where the term weighs most, and the true document count', () => {
    const many = Array.from({ length: MAX_POSTINGS_PER_FIELD + 50 }, (_, id) => ({
      id, title: '', heading: '', text: id === 7 ? 'gateway gateway gateway' : `gateway ${'filler '.repeat(1 + (id % 40))}`,
    }))
    const index = new MiniSearch(MINISEARCH_OPTIONS)
    index.addAll(many)
    const json = JSON.parse(JSON.stringify(index)) as MiniSearchJson
    const packed = packShard(json, TEXT_FIELD_ID, json.averageFieldLength)
    const gateway = packed.terms.find(([term]) => term === 'gateway')!
    expect(gateway[1][0]![1]).toHaveLength(MAX_POSTINGS_PER_FIELD)
    expect(packed.df[packed.terms.indexOf(gateway)]).toBe(many.length)
    const unpacked = unpackShard(packed, SEARCH_FIELDS, TEXT_FIELD_ID, json.documentCount, json.averageFieldLength)
    expect(MiniSearch.loadJS(unpacked, MINISEARCH_OPTIONS).search('gateway')[0]!.id).toBe(7)
  })
})
