import { describe, expect, it } from 'vitest'
import { nodeText, plainText } from '../../../../shared/minimark/text'
import type { MinimarkNode } from '../../../../shared/minimark/text'

describe('nodeText / plainText', () => {
  it('joins inline pieces as written', () => {
    expect(nodeText(['p', {}, 'Open ', ['strong', {}, 'Settings > Gateway'], '.'])).toBe(' Open Settings > Gateway. ')
  })

  it('separates list items and blocks', () => {
    const list: MinimarkNode = ['ol', {}, ['li', {}, 'One'], ['li', {}, 'Two']]
    expect(plainText([list, ['p', {}, 'Three']])).toBe('One Two Three')
  })
})
