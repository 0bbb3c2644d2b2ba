import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, headersFile, inlineScriptHashes, withCspMeta } from '../../../../modules/csp/csp'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const page = '<html><head><title>x</title><script>window.a=1</script><script type="importmap">{"imports":{}}</script>'
  + '<script src="/_nuxt/entry.js"></script><script type="application/json" id="__NUXT_DATA__">[1]</script>'
  + '<script type="application/ld+json">{"@type":"TechArticle"}</script></head><body></body></html>'

describe('inlineScriptHashes', () => {
  it('hashes inline scripts the browser runs, import maps included', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('window.a=1'), sha('{"imports":{}}')].sort())
  })

  it('skips external scripts and data blocks', () => {
    expect(inlineScriptHashes('<script src="/a.js"></script><script type="application/json">{}</script>')).toEqual([])
  })
})

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the site and by hash, never unsafe-inline', () => {
    const policy = contentSecurityPolicy([sha('x')])
    expect(policy).toContain(`script-src 'self' ${sha('x')}`)
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain(`default-src 'self'`)
    expect(policy).toContain(`object-src 'none'`)
    expect(policy).not.toContain('frame-ancestors')
    expect(contentSecurityPolicy([], { forHeader: true })).toContain(`frame-ancestors 'none'`)
  })
})

describe('withCspMeta / headersFile', () => {
  it('puts the policy first in <head>, before any script', () => {
    const html = withCspMeta(page)
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'))
    expect(html).toContain(sha('window.a=1'))
  })

  it('writes a _headers block for every path', () => {
    expect(headersFile([sha('x')])).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'/)
  })

  it('lets any origin read the help API, under the site\'s base URL, with a short cache', () => {
    expect(headersFile([], '/support/')).toContain('/support/help/api/*\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=300\n')
    expect(headersFile([])).toContain('\n/help/api/*\n')
  })
})
