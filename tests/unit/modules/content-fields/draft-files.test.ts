import { describe, expect, it } from 'vitest'
import { draftArticleFiles } from '../../../../modules/content-fields/draft-files'

describe('draftArticleFiles', () => {
  it('lists the articles marked draft: true, as paths the help collection can exclude', () => {
    expect(draftArticleFiles('tests/fixtures/drafts-and-redirects/content')).toEqual(['help/guides/02.quokka-rollout-plan.md'])
  })

  it('ignores draft: "yes" and other values that are not true', () => {
    expect(draftArticleFiles('tests/fixtures/broken-content/content')).toEqual(['help/guides/07.work-in-progress.md'])
  })

  it('finds no drafts in the help center today', () => {
    expect(draftArticleFiles('content')).toEqual([])
  })
})
