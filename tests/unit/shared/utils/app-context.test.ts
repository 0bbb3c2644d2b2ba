import { describe, expect, it } from 'vitest'
import { appContext } from '../../../../shared/utils/app-context'

describe('appContext', () => {
  it('keeps a known platform and a version, in a fixed order', () => {
    expect(appContext('?app=2.4.1-beta.2&os=windows&utm=x').toString()).toBe('os=windows&app=2.4.1-beta.2')
  })

  it('drops what is not valid, never failing', () => {
    expect(appContext('?os=amiga&app=<script>').toString()).toBe('')
    expect(appContext('?os=Windows&app=1.2.3.4.5').toString()).toBe('')
    expect(appContext('?os=&app=').toString()).toBe('')
    expect(appContext(`?app=1.${'9'.repeat(500)}`).toString()).toBe('')
  })
})
