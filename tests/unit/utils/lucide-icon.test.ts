import { describe, expect, it } from 'vitest'
import { lucideIconBody } from '../../../utils/lucide-icon'

describe('lucideIconBody', () => {
  it('gives the shapes of an installed icon', () => {
    expect(lucideIconBody('i-lucide-chevron-right')).toMatch(/^<path [^>]*d="m9 18l6-6l-6-6"/)
  })

  it('resolves an alias to the icon it names', () => {
    expect(lucideIconBody('i-lucide-alert-triangle')).toBe(lucideIconBody('i-lucide-triangle-alert'))
  })

  it.each(['i-lucide-no-such-icon', 'i-heroicons-home', 'lucide:search', ''])('refuses %j, naming it', (name) => {
    expect(() => lucideIconBody(name)).toThrow(`"${name}" is not an installed Lucide icon`)
  })
})
