import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { minimarkSteps, minimarkText } from '../../../../shared/utils/minimark'
import type { MinimarkBody } from '../../../../shared/utils/minimark'

// The body of chat-messages-not-sending as the original help center shipped it.
const reference = JSON.parse(readFileSync(new URL('../../../fixtures/chat-messages-not-sending.decoded.json', import.meta.url), 'utf8'))
const chatBody = reference.data['help-article-/troubleshooting/chat-messages-not-sending'].body as MinimarkBody

describe('minimarkText', () => {
  it('joins inline text and keeps block text apart', () => {
    expect(minimarkText(['li', {}, 'Open ', ['strong', {}, 'Settings > Gateway'], '.'])).toBe('Open Settings > Gateway.')
    expect(minimarkText(['li', {}, ['p', {}, 'First.'], ['p', {}, 'Second.']])).toBe('First. Second.')
    expect(minimarkText(['p', {}, 'Run ', ['code', {}, 'openclaw   start'], '\n now'])).toBe('Run openclaw start now')
  })

  it('reads a whole body, strings and nothing', () => {
    expect(minimarkText({ value: [['h2', { id: 'a' }, 'A'], ['p', {}, 'text']] })).toBe('A text')
    expect(minimarkText('  plain  ')).toBe('plain')
    expect(minimarkText(null)).toBe('')
    expect(minimarkText(undefined)).toBe('')
  })
})

describe('minimarkSteps', () => {
  it('finds each section of numbered steps in the reference article', () => {
    const sections = minimarkSteps(chatBody)
    expect(sections.map(s => s.name)).toEqual([
      'Gateway is offline',
      'No AI model configured',
      'API key invalid or out of credits',
      'Network issue reaching the provider',
    ])
    expect(sections[0]).toEqual({
      name: 'Gateway is offline',
      id: 'gateway-is-offline',
      steps: [
        'Open Settings > Gateway.',
        'If the status shows Stopped, click Start.',
        'Wait for the status to change to Running, then resend your message.',
      ],
    })
  })

  it('ignores bulleted lists, lists before the first heading and lists inside other elements', () => {
    const sections = minimarkSteps({
      value: [
        ['ol', {}, ['li', {}, 'Before any section']],
        ['h2', { id: 'bullets' }, 'Bullets'],
        ['ul', {}, ['li', {}, 'Not a step']],
        ['callout', { type: 'tip' }, ['ol', {}, ['li', {}, 'Inside a callout']]],
        ['h2', {}, 'Steps'],
        ['p', {}, 'Intro'],
        ['ol', {}, ['li', {}, 'One'], ['li', {}, ''], ['li', {}, 'Two']],
        ['h3', {}, 'More'],
        ['ol', {}, ['li', {}, 'Three']],
      ],
    })
    expect(sections).toEqual([{ name: 'Steps', steps: ['One', 'Two', 'Three'] }])
  })

  it('makes each platform panel\'s numbered steps a section of its own, at the panel\'s anchor', () => {
    const sections = minimarkSteps({
      value: [
        ['h2', { id: 'change-the-port' }, 'Change the port'],
        ['platforms', { anchor: 'change-the-port' },
          ['template', { 'v-slot:mac': '' }, ['ol', {}, ['li', {}, 'Open ', ['strong', {}, 'Terminal'], '.'], ['li', {}, 'Run it.']]],
          ['template', { 'v-slot:windows': '' }, ['p', {}, 'No list here.']],
          ['template', { 'v-slot:linux': '' }, ['ol', {}, ['li', {}, 'Open a terminal.']], ['callout', {}, ['ol', {}, ['li', {}, 'Not a step']]]],
          ['template', { 'v-slot:amiga': '' }, ['ol', {}, ['li', {}, 'Unknown platform']]]],
        ['h3', { id: 'check-it' }, 'Check it'],
        ['platforms', { anchor: 'check-it' }, ['template', { '#windows': '' }, ['ol', {}, ['li', {}, 'Look.']]]],
      ],
    })
    expect(sections).toEqual([
      { name: 'Change the port (macOS)', id: 'change-the-port-mac', steps: ['Open Terminal.', 'Run it.'] },
      { name: 'Change the port (Linux)', id: 'change-the-port-linux', steps: ['Open a terminal.'] },
      { name: 'Check it (Windows)', id: 'check-it-windows', steps: ['Look.'] },
    ])
  })

  it('copes with an empty or missing body', () => {
    expect(minimarkSteps(undefined)).toEqual([])
    expect(minimarkSteps({ value: [] })).toEqual([])
    expect(minimarkSteps({})).toEqual([])
  })
})
