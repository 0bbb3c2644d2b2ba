import { describe, expect, it } from 'vitest'
import { errorCodeFromPath, errorCodePath, errorCodePaths, errorCodeUrl, normalizeErrorCode } from '../../../../shared/utils/error-codes'

describe('error codes', () => {
  it('compare whatever their case and spacing', () => {
    expect(normalizeErrorCode('  Insufficient   Quota ')).toBe('insufficient quota')
    expect(normalizeErrorCode('EADDRINUSE')).toBe(normalizeErrorCode('eaddrinuse'))
  })

  it('are published as written and in lower case, URL-encoded', () => {
    expect(errorCodePath('Insufficient quota')).toBe('/help/e/Insufficient%20quota')
    expect(errorCodePaths('EADDRINUSE')).toEqual(['/help/e/EADDRINUSE', '/help/e/eaddrinuse'])
    expect(errorCodePaths('401')).toEqual(['/help/e/401'])
  })

  it('are read back from a /help/e/ path, encoded or not, with + as a space', () => {
    expect(errorCodeFromPath('/help/e/Insufficient%20quota')).toBe('Insufficient quota')
    expect(errorCodeFromPath('/help/e/insufficient+quota/')).toBe('insufficient quota')
    expect(errorCodeFromPath('/help/e/%E0%A4%A')).toBeNull()
    expect(errorCodeFromPath('/help/troubleshooting')).toBeNull()
    expect(errorCodeFromPath('/help/e/a/b')).toBeNull()
  })

  it('lead to the article, at its section when it has one', () => {
    expect(errorCodeUrl('/help/x/y', 'port-conflict')).toBe('/help/x/y#port-conflict')
    expect(errorCodeUrl('/help/x/y', null)).toBe('/help/x/y')
  })
})
