import { describe, expect, it } from 'vitest'
import { buildSnippet } from '../../../../shared/search/snippet'

describe('buildSnippet', () => {
  const text = 'The LLM provider rejected the request. Look for an error like "Invalid API key" or "Insufficient quota" in the chat. Then check your balance.'

  it('marks the matched words and keeps the rest as text', () => {
    const parts = buildSnippet(text, ['quota'])
    expect(parts.filter(p => p.mark).map(p => p.text)).toEqual(['quota'])
    expect(parts.map(p => p.text).join('')).toContain('"Insufficient quota"')
  })

  it('marks prefix matches and the parts of compound words', () => {
    const parts = buildSnippet('Check ~/.openclaw/logs/gateway.log for errors', ['gateway'])
    expect(parts.filter(p => p.mark).map(p => p.text)).toEqual(['openclaw/logs/gateway.log'])
    expect(buildSnippet('Restart the gateway', ['gate']).filter(p => p.mark).map(p => p.text)).toEqual(['gateway'])
  })

  it('starts near the first match and elides the rest', () => {
    const long = `${'word '.repeat(100)}quota ${'more '.repeat(100)}`
    const parts = buildSnippet(long, ['quota'], 80)
    expect(parts[0]!.text).toBe('…')
    expect(parts.at(-1)!.text).toBe('…')
    expect(parts.some(p => p.mark && p.text === 'quota')).toBe(true)
  })

  it('keeps markup in the text as text', () => {
    const parts = buildSnippet('<img src=x onerror=alert(1)> quota', ['quota'])
    expect(parts.map(p => p.text).join('')).toContain('<img src=x onerror=alert(1)>')
    expect(parts.filter(p => p.mark).map(p => p.text)).toEqual(['quota'])
  })
})
