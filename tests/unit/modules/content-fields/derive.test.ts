import { describe, expect, it } from 'vitest'
import { deriveArticleFields, parseArticleStem } from '../../../../modules/content-fields/derive'

describe('parseArticleStem', () => {
  it('reads category, order and slug from the file location', () => {
    expect(parseArticleStem('help/troubleshooting/07.chat-messages-not-sending'))
      .toEqual({ category: 'troubleshooting', order: 7, slug: 'chat-messages-not-sending' })
  })

  it('orders by the number, so 10 comes after 02', () => {
    expect(parseArticleStem('help/gateway/10.logs')!.order).toBeGreaterThan(parseArticleStem('help/gateway/02.ports')!.order)
  })

  it('rejects files without a numeric prefix or outside a category folder', () => {
    expect(parseArticleStem('help/troubleshooting/no-prefix')).toBeNull()
    expect(parseArticleStem('help/07.top-level')).toBeNull()
    expect(parseArticleStem('help/a/b/01.too-deep')).toBeNull()
  })
})

describe('deriveArticleFields', () => {
  it('computes the reference fields: excerpt is the description, searchText is title + description', () => {
    expect(deriveArticleFields(
      'help/troubleshooting/02.gateway-fails-to-start',
      'Gateway fails to start',
      'Diagnose and fix port conflicts, missing binaries, token errors, and permission problems.',
    )).toEqual({
      category: 'troubleshooting',
      order: 2,
      slug: 'gateway-fails-to-start',
      excerpt: 'Diagnose and fix port conflicts, missing binaries, token errors, and permission problems.',
      searchText: 'Gateway fails to start Diagnose and fix port conflicts, missing binaries, token errors, and permission problems.',
    })
  })

  it('names the file when it is misplaced', () => {
    expect(() => deriveArticleFields('help/oops', 'T', 'D')).toThrow(/help\/oops/)
  })
})
