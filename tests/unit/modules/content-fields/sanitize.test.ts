import { describe, expect, it } from 'vitest'
import { isUnsafeUrl, sanitizeBody, sanitizeNode } from '../../../../modules/content-fields/sanitize'

describe('sanitizeNode', () => {
  it('removes elements that run or embed code', () => {
    for (const tag of ['script', 'iframe', 'object', 'embed', 'svg', 'style', 'form']) {
      expect(sanitizeNode([tag, {}, 'x'])).toBeNull()
    }
  })

  it('keeps the named slots of MDC components, sanitized, and removes every other template', () => {
    expect(sanitizeNode(['platforms', {}, ['template', { 'v-slot:mac': '' }, ['p', {}, 'Steps'], ['script', {}, 'x']]]))
      .toEqual(['platforms', {}, ['template', { 'v-slot:mac': '' }, ['p', {}, 'Steps']]])
    for (const props of [{}, { 'v-slot:mac': '', 'onclick': 'x' }, { 'v-slot:[evil]': '' }, { 'v-slot:mac': 'x' }, { 'v-if': 'x' }]) {
      expect(sanitizeNode(['template', props, 'x']), JSON.stringify(props)).toBeNull()
    }
  })

  it('removes event handlers and style attributes, keeps the rest', () => {
    expect(sanitizeNode(['img', { src: 'x.png', alt: 'a', onerror: 'alert(1)', onLoad: 'x', style: 'position:fixed' }]))
      .toEqual(['img', { src: 'x.png', alt: 'a' }])
  })

  it('removes javascript:, vbscript: and data: URLs, however they are spelled', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:x', 'java\tscript:x', 'javascript&#58;x', 'javascript&colon;x', 'data:text/html,x', 'vbscript:x']) {
      expect(sanitizeNode(['a', { href }, 'link']), href).toEqual(['a', {}, 'link'])
    }
    expect(sanitizeNode(['callout', { to: 'javascript:x' }])).toEqual(['callout', {}])
  })

  it('keeps ordinary links and the reference body props untouched', () => {
    const link = ['a', { href: 'https://status.multiclaw.io', rel: ['nofollow'] }, 'https://status.multiclaw.io']
    expect(sanitizeNode(link)).toEqual(link)
    expect(sanitizeNode(['h2', { id: 'port-conflict' }, 'Port conflict'])).toEqual(['h2', { id: 'port-conflict' }, 'Port conflict'])
    expect(isUnsafeUrl('/help/troubleshooting')).toBe(false)
    expect(isUnsafeUrl('mailto:support@multiclaw.io')).toBe(false)
  })

  it('cleans nested content', () => {
    expect(sanitizeNode(['p', {}, 'a ', ['script', {}, 'x'], ['strong', { onclick: 'x' }, 'b']]))
      .toEqual(['p', {}, 'a ', ['strong', {}, 'b']])
  })
})

describe('sanitizeBody', () => {
  it('keeps the body shape', () => {
    const body = { type: 'minimark', value: [['script', {}, 'x'], ['p', {}, 'ok']], toc: { links: [] } }
    expect(sanitizeBody(body)).toEqual({ type: 'minimark', value: [['p', {}, 'ok']], toc: { links: [] } })
  })
})
