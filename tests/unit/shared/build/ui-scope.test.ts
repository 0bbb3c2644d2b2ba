import { describe, expect, it } from 'vitest'
import { markdownComponents } from '../../../../shared/build/ui-scope'

describe('markdownComponents', () => {
  it('finds block and inline Markdown components by name', () => {
    const markdown = '::callout{type="tip"}\nUse :kbd{value="meta"} and :badge[New].\n::\n\n  ::tabs\n'
    expect(markdownComponents(markdown).sort()).toEqual(['badge', 'callout', 'kbd', 'tabs'])
  })

  it('does not take URLs, ports, times or labels for components', () => {
    expect(markdownComponents('Open https://example.com:443/a, port localhost:18789 at 10:30, or Note: this.')).toEqual([])
  })
})
