import { describe, expect, it } from 'vitest'
import { summariseFeedback } from '../../../../scripts/report/load'

const row = (article: string, helpful: 0 | 1, count: number, reason: string | null = null, replaces: 0 | 1 | null = null) => ({ article, helpful, reason, replaces, count })

describe('summariseFeedback', () => {
  it('counts Yes and No per article, least helpful first', () => {
    const articles = summariseFeedback([
      row('/help/a/good', 1, 9), row('/help/a/good', 0, 1),
      row('/help/a/bad', 1, 1), row('/help/a/bad', 0, 3, 'steps-did-not-work'), row('/help/a/bad', 0, 1, 'hard-to-follow'),
      // PostgreSQL counts as text.
      row('/help/a/middling', 1, '5' as unknown as number), row('/help/a/middling', 0, '5' as unknown as number),
    ])
    expect(articles.map(a => [a.article, a.yes, a.no, a.helpfulRate])).toEqual([
      ['/help/a/bad', 1, 4, 0.2],
      ['/help/a/middling', 5, 5, 0.5],
      ['/help/a/good', 9, 1, 0.9],
    ])
    expect(articles[0]!.reasons).toEqual({ 'steps-did-not-work': 3, 'hard-to-follow': 1 })
    expect(Object.keys(articles[0]!.reasons)).toEqual(['steps-did-not-work', 'hard-to-follow'])
  })

  it('counts a device once: an answer that replaces another takes its place', () => {
    const [article] = summariseFeedback([
      // One reader: No, then No with a reason, then Yes after all.
      row('/help/a/b', 0, 1),
      row('/help/a/b', 0, 1, 'other', 0),
      row('/help/a/b', 1, 1, null, 0),
      // Another: No with a reason.
      row('/help/a/b', 0, 1, 'hard-to-follow'),
    ])
    // The reasons of every No given are kept.
    expect(article).toMatchObject({ yes: 1, no: 1, reasons: { 'hard-to-follow': 1, 'other': 1 } })
  })

  it('ranks the less helpful of equal rates by their No count, and articles with no answer left last', () => {
    // z: the answer its one row replaced is older than the period counted.
    const articles = summariseFeedback([row('/help/a/x', 0, 1), row('/help/a/y', 0, 4), row('/help/a/z', 1, 1, null, 1)])
    expect(articles.map(a => [a.article, a.helpfulRate])).toEqual([['/help/a/y', 0], ['/help/a/x', 0], ['/help/a/z', null]])
  })

  it('keeps the five latest notes of each article', () => {
    const notes = Array.from({ length: 7 }, (_, i) => ({ article: '/help/a/b', note: `note ${i}` }))
    expect(summariseFeedback([row('/help/a/b', 0, 7)], notes)[0]!.notes).toEqual(['note 0', 'note 1', 'note 2', 'note 3', 'note 4'])
  })
})
