import { describe, expect, it } from 'vitest'
import { readMarkdownOutline } from '../../../../modules/content-checks/markdown'
import { anchorPlatformBlocks } from '../../../../modules/content-fields/platforms'

const block = (...platforms: string[]) => ['platforms', {}, ...platforms.map(p => ['template', { [`v-slot:${p}`]: '' }, ['p', {}, `Steps for ${p}`]])]

describe('anchorPlatformBlocks', () => {
  // The body Nuxt Content stores for the Markdown below (minimark).
  const body = {
    type: 'minimark',
    value: [
      block('mac', 'linux'),
      ['h2', { id: 'port-conflict' }, 'Port conflict'],
      ['p', {}, 'Find the program.'],
      block('mac', 'windows'),
      ['callout', { type: 'tip' }, block('linux')],
      ['h3', { id: 'then-restart' }, 'Then restart'],
      block('windows'),
    ],
  }
  const markdown = `
::platforms
#mac
Steps for mac
#linux
Steps for linux
::

## Port conflict

Find the program.

::platforms
#mac
Steps for mac
#windows
Steps for windows
::

::callout{type="tip"}
  ::platforms
  #linux
  Steps for linux
  ::
::

### Then restart

::platforms
#windows
Steps for windows
::
`

  it('gives every block the anchor of the heading above it, at any depth', () => {
    const anchored = anchorPlatformBlocks(structuredClone(body))
    const anchors: unknown[] = []
    const visit = (node: unknown) => {
      if (!Array.isArray(node)) return
      if (node[0] === 'platforms') anchors.push(node[1].anchor)
      node.slice(2).forEach(visit)
    }
    anchored.value.forEach(visit)
    expect(anchors).toEqual(['platforms', 'port-conflict', 'port-conflict-2', 'then-restart'])
  })

  it('names panels as the content checks do, so links to them are checked against the built ids', async () => {
    const { anchors, problems } = await readMarkdownOutline(markdown)
    expect(problems).toEqual([])
    expect([...anchors.keys()]).toEqual([
      'platforms-mac', 'platforms-linux',
      'port-conflict',
      'port-conflict-mac', 'port-conflict-windows',
      'port-conflict-2-linux',
      'then-restart',
      'then-restart-windows',
    ])
  })

  it('leaves other bodies alone', () => {
    const plain = { value: [['p', {}, 'Text']] }
    expect(anchorPlatformBlocks(plain)).toEqual({ value: [['p', {}, 'Text']] })
    expect(anchorPlatformBlocks({})).toEqual({})
  })
})
