import { describe, expect, it } from 'vitest'
import { closestWord, editDistance, transpositions } from '../../../../shared/search/typos'

describe('transpositions', () => {
  it('swaps each pair of neighbouring letters', () => {
    expect(transpositions('prot')).toEqual(['rpot', 'port', 'prto'])
    expect(transpositions('chnage')).toContain('change')
  })

  it('leaves short and very long terms alone, and skips swaps that change nothing', () => {
    expect(transpositions('abc')).toEqual([])
    expect(transpositions('a'.repeat(21))).toEqual([])
    expect(transpositions('aabb')).toEqual(['abab'])
  })
})

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('conection', 'connection')).toBe(1)
    expect(editDistance('chnage', 'change')).toBe(1)
    expect(editDistance('gateway', 'gateway')).toBe(0)
    expect(editDistance('', 'abc')).toBe(3)
  })
})

describe('closestWord', () => {
  const vocabulary: Array<[string, number]> = [['connection', 12], ['collection', 1], ['connected', 5], ['gateway', 20]]

  it('finds the closest word, the most used on a tie', () => {
    expect(closestWord('conection', vocabulary)).toBe('connection')
    expect(closestWord('gatewya', vocabulary)).toBe('gateway')
  })

  it('suggests nothing too far off, nor the word itself', () => {
    expect(closestWord('zebra', vocabulary)).toBeNull()
    expect(closestWord('gateway', vocabulary)).toBeNull()
  })
})
