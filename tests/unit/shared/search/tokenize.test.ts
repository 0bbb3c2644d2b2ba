import { describe, expect, it } from 'vitest'
import { synonymRewriter } from '../../../../shared/search/synonyms'
import { normalizeText, queryTerms, tokenize } from '../../../../shared/search/tokenize'

describe('tokenize', () => {
  it('keeps paths whole, by their parts and by their file name', () => {
    expect(tokenize('~/.openclaw/logs/gateway.log')).toEqual([
      'openclaw/logs/gateway.log', 'gateway.log', 'openclaw', 'logs', 'gateway', 'log',
    ])
  })

  it('keeps file names and domains whole and split', () => {
    expect(tokenize('Open openclaw.json')).toEqual(['open', 'openclaw.json', 'openclaw', 'json'])
    expect(tokenize('*.multiclaw.io')).toEqual(['multiclaw.io', 'multiclaw', 'io'])
  })

  it('finds ports and commands', () => {
    expect(tokenize('run `lsof -i :18789`')).toEqual(['run', 'lsof', 'i', '18789'])
    expect(tokenize('chmod +x ~/.openclaw/bin/openclaw')).toContain('chmod')
    expect(tokenize('port 443')).toEqual(['port', '443'])
  })

  it('reads quoted UI labels and error strings as words', () => {
    expect(tokenize('"Insufficient quota"')).toEqual(['insufficient', 'quota'])
    expect(tokenize('**Settings > Gateway**')).toEqual(['settings', 'gateway'])
    expect(tokenize('ECONNREFUSED')).toEqual(['econnrefused'])
  })

  it('is case- and accent-insensitive', () => {
    expect(tokenize('Réseau CAFÉ')).toEqual(['reseau', 'cafe'])
    expect(normalizeText('ＡＢＣ')).toBe('abc')
    expect(normalizeText('Gateway.LOG at ~/Path')).toBe('gateway.log at ~/path')
    expect(normalizeText('port\u00a018789')).toBe('port 18789')
  })

  it('drops stop words', () => {
    expect(tokenize('the gateway is not running')).toEqual(['gateway', 'not', 'running'])
  })

  it('segments CJK text into words instead of dropping it', () => {
    const terms = tokenize('ゲートウェイが起動しない')
    expect(terms.length).toBeGreaterThan(1)
    expect(terms.join('')).toContain('ゲートウェイ')
    expect(tokenize('网关无法启动').length).toBeGreaterThan(0)
  })

  it('keeps snake_case keys', () => {
    expect(tokenize('"data_dir"')).toEqual(['data_dir', 'data', 'dir'])
  })
})

describe('queryTerms', () => {
  it('removes repeats and caps hostile input', () => {
    expect(queryTerms('gateway gateway GATEWAY')).toEqual(['gateway'])
    expect(queryTerms('a'.repeat(10_000)).length).toBeLessThanOrEqual(1)
    expect(queryTerms(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12)
  })

  it('rewrites the reader\'s words to the articles\' before splitting them, curly apostrophes included', () => {
    const { forQuery } = synonymRewriter({ groups: [['sign in', 'log in', 'login']], replace: [['can\'t', 'cannot'], ['won\'t', 'not']] })
    expect(queryTerms('can\'t log in', forQuery)).toEqual(['cannot', 'signin'])
    expect(queryTerms('Login fails', forQuery)).toEqual(['signin', 'fails'])
    expect(queryTerms('gateway won’t start', forQuery)).toEqual(['gateway', 'not', 'start'])
  })

  it('leaves out the words that only make a question, unless the query is nothing else', () => {
    expect(queryTerms('How do I restart the gateway?')).toEqual(['restart', 'gateway'])
    expect(queryTerms('where is my config file')).toEqual(['config', 'file'])
    expect(queryTerms('how')).toEqual(['how'])
  })

  it('leaves out single letters and digits, which match nearly everything, unless the query is nothing else', () => {
    expect(queryTerms('<script> alert (1)')).toEqual(['script', 'alert'])
    expect(queryTerms('step 2 of 127.0.0.1')).toEqual(['step', '127.0.0.1', '127'])
    expect(queryTerms('1')).toEqual(['1'])
    expect(queryTerms('设 置')).toEqual(['设', '置'])
  })

  it('keeps words with apostrophes whole', () => {
    expect(tokenize('the agent\'s profile')).toEqual(['agents', 'profile'])
  })

  it('gives nothing for punctuation only', () => {
    expect(queryTerms('"><!--*&^%$#@')).toEqual([])
  })
})
