import { describe, expect, it } from 'vitest'
import { escapeMarkup } from '../../../../shared/utils/markup'

describe('escapeMarkup', () => {
  it('escapes every character HTML and XML reserve, and only those', () => {
    expect(escapeMarkup(`a&b <c> "d" 'e'`)).toBe('a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;')
    expect(escapeMarkup('Settings › Gateway: port 18789')).toBe('Settings › Gateway: port 18789')
  })

  it('escapes an ampersand once, whatever follows it', () => {
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;')
  })
})
