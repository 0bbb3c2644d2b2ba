import { describe, expect, it } from 'vitest'
import { externalLinkRel, isExternalHref } from '../../../../shared/utils/links'

describe('isExternalHref', () => {
  it.each([
    ['https://status.multiclaw.io', true],
    ['//cdn.example.com/x', true],
    ['mailto:support@multiclaw.io', true],
    ['/help/troubleshooting', false],
    ['#port-conflict', false],
    ['relative/path', false],
    [undefined, false],
  ])('%s → %s', (href, expected) => {
    expect(isExternalHref(href)).toBe(expected)
  })
})

describe('externalLinkRel', () => {
  it('keeps the author\'s nofollow and adds noopener noreferrer once', () => {
    expect(externalLinkRel(['nofollow'])).toBe('nofollow noopener noreferrer')
    expect(externalLinkRel('noopener')).toBe('noopener nofollow noreferrer')
    expect(externalLinkRel(undefined)).toBe('nofollow noopener noreferrer')
  })
})
