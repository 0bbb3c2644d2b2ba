import { describe, expect, it } from 'vitest'
import { blockAnchors, isPlatform, panelAnchor, slotName } from '../../../../shared/utils/platforms'

describe('blockAnchors', () => {
  it('names each block after the heading above it, numbering repeats under one heading', () => {
    const anchors = blockAnchors()
    const names = [anchors.block()]
    anchors.heading('port-conflict')
    names.push(anchors.block(), anchors.block())
    anchors.heading('change-the-port')
    names.push(anchors.block())
    anchors.heading('port-conflict')
    names.push(anchors.block())
    expect(names).toEqual(['platforms', 'port-conflict', 'port-conflict-2', 'change-the-port', 'port-conflict-3'])
  })

  it('gives panels their platform after the block\'s anchor', () => {
    expect(panelAnchor('port-conflict', 'windows')).toBe('port-conflict-windows')
  })
})

describe('slotName and isPlatform', () => {
  it('read a named slot as the parser writes it', () => {
    expect(slotName({ 'v-slot:mac': '' })).toBe('mac')
    expect(slotName({ '#linux': '' })).toBe('linux')
    expect(slotName({ id: 'x' })).toBeNull()
    expect(slotName(undefined)).toBeNull()
  })

  it('know only the three platforms', () => {
    expect(['mac', 'windows', 'linux'].every(isPlatform)).toBe(true)
    expect(['macos', 'Windows', '', null, 'toString'].some(isPlatform)).toBe(false)
  })
})
