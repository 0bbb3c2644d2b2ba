import { describe, expect, it } from 'vitest'
import { wordsFromPath } from '../../../../shared/utils/not-found'

describe('wordsFromPath', () => {
  it('reads the words of a mistyped or moved article URL', () => {
    expect(wordsFromPath('/help/troubleshooting/gateway-wont-start', ['troubleshooting'])).toBe('gateway wont start')
    expect(wordsFromPath('/support/help/gateway/change_port.html')).toBe('support gateway change port')
  })

  it('copes with encoded, malformed and hostile paths', () => {
    expect(wordsFromPath('/help/cannot%20sign%20in')).toBe('cannot sign in')
    expect(wordsFromPath('/help/%E0%A4%A')).toBe('%E0%A4%A')
    expect(wordsFromPath('/help/<script>alert(1)</script>')).toContain('<script>alert(1)<')
    expect(wordsFromPath(`/${'x-'.repeat(5000)}`).length).toBeLessThanOrEqual(200)
  })

  it('drops numbers-only parts', () => {
    expect(wordsFromPath('/help/troubleshooting/02.gateway-fails-to-start', ['troubleshooting'])).toBe('gateway fails to start')
  })
})
