import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractSections } from '../../../../shared/search/sections'
import type { MinimarkBody } from '../../../../shared/utils/minimark'

const reference = JSON.parse(readFileSync(new URL('../../../fixtures/chat-messages-not-sending.decoded.json', import.meta.url), 'utf8'))
const gateway = (reference.data['related-articles-/troubleshooting/chat-messages-not-sending'] as Array<{ slug: string, body: MinimarkBody }>)
  .find(a => a.slug === 'gateway-fails-to-start')!
const disconnected = (reference.data['related-articles-/troubleshooting/chat-messages-not-sending'] as Array<{ slug: string, body: MinimarkBody }>)
  .find(a => a.slug === 'agent-shows-disconnected')!

describe('extractSections', () => {
  it('gives the introduction, then one section per heading with its id', () => {
    const sections = extractSections(gateway.body)
    expect(sections.map(s => s.id)).toEqual([
      '', 'port-conflict', 'missing-or-corrupt-openclaw-binary', 'empty-or-invalid-workspace-token',
      'binary-not-executable-macos-and-linux', 'data-directory-inaccessible', 'still-not-working',
    ])
    expect(sections[1]!.heading).toBe('Port conflict')
  })

  it('keeps the text under a heading: paragraphs, list items and inline code', () => {
    const port = extractSections(gateway.body).find(s => s.id === 'port-conflict')!
    expect(port.text).toContain('already using port 18789')
    expect(port.text).toContain('Open ~/.openclaw/openclaw.json in a text editor.')
    expect(port.text).toContain('run lsof -i :18789 in your terminal')
  })

  it('includes callouts in the section they follow', () => {
    const last = extractSections(disconnected.body).at(-1)!
    expect(last.id).toBe('gateway-is-running-but-agent-stays-disconnected')
    expect(last.text).toContain('~/.openclaw/logs/gateway.log')
  })

  it('copes with an empty body', () => {
    expect(extractSections(undefined)).toEqual([])
    expect(extractSections({ type: 'minimark', value: [] })).toEqual([])
  })
})
