import { describe, expect, it } from 'vitest'
import { buildSnippet, matchScore } from '../../../../shared/search/snippet'

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

describe('matchScore', () => {
  it('weighs each term by its best word: whole word or path segment, then prefix or part', () => {
    expect(matchScore('Edit ~/.openclaw/openclaw.json', ['openclaw.json'])).toBe('openclaw.json'.length)
    expect(matchScore('Restart the gateway', ['gate'])).toBe(2)
    expect(matchScore('The Gateway stopped', ['gateway', 'stop'])).toBe(7 + 2)
  })

  it('matches inside words only, never across what separates them', () => {
    expect(matchScore('Open %USERPROFILE%\\.openclaw and the port', ['userprofile%\\.openclaw'])).toBe(0)
    expect(matchScore('in use, users', ['use'])).toBe(3)
    expect(matchScore('the reuse of it', ['use'])).toBe(0)
  })

  it('scores several texts as one, each term once', () => {
    expect(matchScore(['Gateway port', 'port 18789'], ['port', '18789'])).toBe(matchScore('Gateway port port 18789', ['port', '18789']))
    expect(matchScore(['Agent’s key', 'ÜNÏCODE'], ['agents', 'unicode'])).toBe(6 + 7)
  })
})
