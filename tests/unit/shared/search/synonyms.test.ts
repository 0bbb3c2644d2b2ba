import { describe, expect, it } from 'vitest'
import { synonymRewriter } from '../../../../shared/search/synonyms'

describe('synonymRewriter', () => {
  const synonyms = synonymRewriter({
    groups: [['sign in', 'log in', 'login'], ['gateway', 'openclaw']],
    replace: [['can\'t', 'cannot'], ['won\'t start', 'fails to start']],
  })

  it('gives every member of a group the group\'s token, as one word, on both sides', () => {
    expect(synonyms.forIndex('to log in, open the login screen')).toBe('to log in signin, open the login signin screen')
    expect(synonyms.forQuery('openclaw login loop')).toBe('gateway signin loop')
    expect(synonyms.words.get('signin')).toEqual(['sign', 'in', 'log', 'login'])
  })

  it('maps a reader\'s words one way, on the query side only', () => {
    expect(synonyms.forQuery('gateway won\'t start')).toBe('gateway fails to start')
    expect(synonyms.forIndex('it fails to start, won\'t start')).toBe('it fails to start, won\'t start')
  })

  it('matches whole words only', () => {
    expect(synonyms.forQuery('blogin openclawd')).toBe('blogin openclawd')
  })
})
