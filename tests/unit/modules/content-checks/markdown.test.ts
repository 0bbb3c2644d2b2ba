import { describe, expect, it } from 'vitest'
import { readMarkdownOutline } from '../../../../modules/content-checks/markdown'

describe('readMarkdownOutline', () => {
  it('gives headings the ids Nuxt Content gives them', async () => {
    const { anchors } = await readMarkdownOutline([
      '## Binary not executable (macOS and Linux)',
      '## Port conflict',
      '## Port conflict',
      '## 2 factor codes',
      '### `~/.openclaw/openclaw.json` is empty',
      '## Wi-Fi — or “network”?',
    ].join('\n\n'))
    expect([...anchors.keys()]).toEqual([
      'binary-not-executable-macos-and-linux',
      'port-conflict',
      'port-conflict-1',
      '_2-factor-codes',
      'openclawopenclawjson-is-empty',
      'wi-fi-or-network',
    ])
  })

  it('numbers repeated headings per file, not across files', async () => {
    await readMarkdownOutline('## Log')
    expect([...(await readMarkdownOutline('## Log')).anchors.keys()]).toEqual(['log'])
  })

  it('finds links with their lines, in paragraphs, lists, callouts and references', async () => {
    const { links, anchors } = await readMarkdownOutline([
      '', '', '## Steps', '',
      '1. Open [the log](/help/troubleshooting/read-the-gateway-log#open-the-log).',
      '',
      '::callout{type="tip"}',
      'See [ports](#steps) and <https://status.multiclaw.io>.',
      '::',
      '',
      'Use [the guide][guide].',
      '',
      '[guide]: /help/gateway',
    ].join('\n'))
    expect(anchors.get('steps')).toBe(3)
    expect(links).toEqual([
      { href: '/help/troubleshooting/read-the-gateway-log#open-the-log', line: 5 },
      { href: '#steps', line: 8 },
      { href: 'https://status.multiclaw.io', line: 8 },
      { href: '/help/gateway', line: 11 },
    ])
  })

  it('names each component an article cannot use, with its line, and leaves raw HTML and the two it can use alone', async () => {
    const { problems } = await readMarkdownOutline([
      'Press :kbd{value="Ctrl"} and **go**.',
      '',
      '::tabs',
      '  :::tabs-item{label="Mac"}',
      '  Open it.',
      '  :::',
      '::',
      '',
      '<div class="note">raw</div>',
      '',
      '::callout{type="tip"}',
      'Fine.',
      '::',
    ].join('\n'))
    expect(problems).toEqual([
      { line: 1, message: ':kbd is not a component articles can use: write ::callout or ::platforms (content/README.md)' },
      { line: 3, message: '::tabs is not a component articles can use: write ::callout or ::platforms (content/README.md)' },
      { line: 4, message: '::tabs-item is not a component articles can use: write ::callout or ::platforms (content/README.md)' },
    ])
  })
})
