import { describe, expect, it } from 'vitest'
import { uiColorsCss } from '../../../../shared/build/ui-colors'

describe('uiColorsCss', () => {
  const css = uiColorsCss({ primary: 'indigo', error: 'red', neutral: 'slate' })

  it('maps every shade of each semantic color to its Tailwind palette', () => {
    expect(css).toContain('--ui-color-primary-50: var(--color-indigo-50);')
    expect(css).toContain('--ui-color-error-950: var(--color-red-950);')
    expect(css).toContain('--ui-color-neutral-500: var(--color-slate-500);')
  })

  it('uses shade 500 in light mode and 400 in dark mode, not for neutral', () => {
    expect(css).toMatch(/\.light \{\s+--ui-primary: var\(--ui-color-primary-500\);/)
    expect(css).toMatch(/\.dark \{\s+--ui-primary: var\(--ui-color-primary-400\);/)
    expect(css).not.toContain('--ui-neutral:')
  })
})
