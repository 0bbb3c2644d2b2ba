import { describe, expect, it } from 'vitest'
import { lucideName } from '../../../../shared/utils/lucide'

describe('lucideName', () => {
  it('reads the Lucide icon out of a Nuxt UI icon name', () => {
    expect(lucideName('i-lucide-chevron-right')).toBe('chevron-right')
    expect(lucideName('i-lucide-octagon-alert')).toBe('octagon-alert')
  })

  it('is undefined for any other name', () => {
    for (const name of ['lucide-chevron-right', 'i-heroicons-home', 'i-lucide-', 'i-lucide-Home', 'i-lucide-home ', ' i-lucide-home', 'i-lucide-home/x']) {
      expect(lucideName(name), name).toBeUndefined()
    }
  })
})
