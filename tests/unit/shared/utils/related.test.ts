import { describe, expect, it } from 'vitest'
import { categoryNeighbours, chooseRelatedArticles } from '../../../../shared/utils/related'
import type { ArticleSummary } from '../../../../shared/types/help'

const article = (slug: string, order: number, category = 'troubleshooting'): ArticleSummary => ({
  path: `/help/${category}/${slug}`, title: slug, description: '', category, order,
})

const troubleshooting = [
  article('chat-messages-not-sending', 7),
  article('agent-shows-disconnected', 1),
  article('cannot-sign-in', 3),
  article('gateway-fails-to-start', 2),
  article('error-codes', 4),
]

describe('chooseRelatedArticles', () => {
  it('gives the reference sidebar for chat-messages-not-sending with no explicit list', () => {
    const related = chooseRelatedArticles('/help/troubleshooting/chat-messages-not-sending', [], troubleshooting, 3)
    expect(related.map(a => a.path)).toEqual([
      '/help/troubleshooting/agent-shows-disconnected',
      '/help/troubleshooting/gateway-fails-to-start',
      '/help/troubleshooting/cannot-sign-in',
    ])
  })

  it('puts explicit related articles first, in the author\'s order, without repeating them', () => {
    const explicit = [article('choose-a-model', 2, 'agents'), article('cannot-sign-in', 3)]
    const related = chooseRelatedArticles('/help/troubleshooting/agent-shows-disconnected', explicit, troubleshooting, 4)
    expect(related.map(a => a.path)).toEqual([
      '/help/agents/choose-a-model',
      '/help/troubleshooting/cannot-sign-in',
      '/help/troubleshooting/gateway-fails-to-start',
      '/help/troubleshooting/error-codes',
    ])
  })

  it('never lists the article itself, even when it names itself', () => {
    const self = article('cannot-sign-in', 3)
    const related = chooseRelatedArticles(self.path, [self], troubleshooting, 10)
    expect(related.map(a => a.path)).not.toContain(self.path)
    expect(related).toHaveLength(troubleshooting.length - 1)
  })

  it('respects the count, including zero', () => {
    expect(chooseRelatedArticles('/x', [], troubleshooting, 2)).toHaveLength(2)
    expect(chooseRelatedArticles('/x', [], troubleshooting, 0)).toEqual([])
  })
})

describe('categoryNeighbours', () => {
  const inOrder = [...troubleshooting].sort((a, b) => a.order - b.order)

  it('gives the articles just before and after, by order', () => {
    expect(categoryNeighbours(inOrder, 3)).toEqual({ previous: article('gateway-fails-to-start', 2), next: article('error-codes', 4) })
  })

  it('has no previous for the first article and no next for the last', () => {
    expect(categoryNeighbours(inOrder, 1)).toEqual({ previous: null, next: article('gateway-fails-to-start', 2) })
    expect(categoryNeighbours(inOrder, 7)).toEqual({ previous: article('error-codes', 4), next: null })
  })

  it('skips gaps in the numbering, and a category of one has neither', () => {
    expect(categoryNeighbours(inOrder, 5)).toEqual({ previous: article('error-codes', 4), next: article('chat-messages-not-sending', 7) })
    expect(categoryNeighbours([article('only', 1)], 1)).toEqual({ previous: null, next: null })
  })
})
