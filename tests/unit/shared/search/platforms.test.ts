import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from '../../../../shared/search/build-index'
import { HelpSearch } from '../../../../shared/search/query'
import { extractSections } from '../../../../shared/search/sections'

const panel = (platform: string, ...children: unknown[]) => ['template', { [`v-slot:${platform}`]: '' }, ...children]
const code = (text: string) => ['code', {}, text]

// An article with `::platforms` blocks, as the build stores it (the blocks anchored by modules/content-fields).
const body = {
  type: 'minimark',
  value: [
    ['p', {}, 'The gateway listens on port ', code('18789'), '.'],
    ['h2', { id: 'check-whether-the-port-is-in-use' }, 'Check whether the port is in use'],
    ['p', {}, 'Find which program holds port ', code('18789'), '.'],
    ['platforms', { anchor: 'check-whether-the-port-is-in-use' },
      panel('mac', ['ol', {}, ['li', {}, 'Run ', code('lsof -i :18789'), ' in Terminal.']]),
      panel('windows', ['ol', {}, ['li', {}, 'Run ', code('netstat -ano | findstr :18789'), ' in Command Prompt.']]),
      panel('linux', ['ol', {}, ['li', {}, 'Run ', code('ss -ltnp \'sport = :18789\''), ' in a terminal.']]),
    ],
    ['h2', { id: 'change-the-port' }, 'Change the port'],
    ['platforms', { anchor: 'change-the-port' },
      panel('mac', ['p', {}, 'Open the file in TextEdit.']),
      panel('windows', ['p', {}, 'Open the file in Notepad.']),
    ],
  ],
}
const article = { path: '/help/gateway/change-the-gateway-port', title: 'Change the gateway port', description: 'Move the gateway off a busy port.', body }

describe('extractSections with platform panels', () => {
  it('keeps each panel apart, with its anchor and its platform\'s name', () => {
    const [, check, change] = extractSections(body)
    expect(check!.text).toBe('Find which program holds port 18789.')
    expect(check!.panels).toEqual([
      { id: 'check-whether-the-port-is-in-use-mac', label: 'macOS', text: 'Run lsof -i :18789 in Terminal.' },
      { id: 'check-whether-the-port-is-in-use-windows', label: 'Windows', text: 'Run netstat -ano | findstr :18789 in Command Prompt.' },
      { id: 'check-whether-the-port-is-in-use-linux', label: 'Linux', text: 'Run ss -ltnp \'sport = :18789\' in a terminal.' },
    ])
    expect(change!.panels!.map(p => p.id)).toEqual(['change-the-port-mac', 'change-the-port-windows'])
  })
})

describe('search over platform panels', () => {
  const files = buildSearchIndex([article])
  const search = new HelpSearch(async (path) => {
    if (path === 'meta.json') return files.meta
    const [, kind, file] = path.split('/')
    const name = file!.replace('.json', '')
    return kind === 'articles' ? files.articles[Number(name)] : JSON.parse(files.shards.get(name)!)
  })

  it('indexes every panel\'s text', async () => {
    for (const query of ['lsof', 'netstat', 'notepad', 'textedit']) {
      expect((await search.search(query)).length, query).toBeGreaterThan(0)
    }
  })

  it('opens the panel a query matched, and says which platform it is', async () => {
    const [top] = await search.search('netstat')
    expect(top!.url).toBe('/help/gateway/change-the-gateway-port#check-whether-the-port-is-in-use-windows')
    expect(top!.heading).toBe('Check whether the port is in use (Windows)')
    expect(top!.snippet.some(part => part.mark && part.text === 'netstat')).toBe(true)
    expect((await search.search('notepad'))[0]!.url).toBe('/help/gateway/change-the-gateway-port#change-the-port-windows')
  })

  it('finds a platform\'s steps by its name', async () => {
    const results = await search.search('linux port')
    expect(results.map(r => r.url)).toContain('/help/gateway/change-the-gateway-port#check-whether-the-port-is-in-use-linux')
  })

  it('leads to the section when every panel matches alike, so the reader\'s own platform opens', async () => {
    const urls = (await search.search('terminal 18789')).map(r => r.url)
    expect(urls).toContain('/help/gateway/change-the-gateway-port#check-whether-the-port-is-in-use')
    expect(urls.filter(url => /-(?:mac|linux)$/.test(url))).toEqual([])
    expect((await search.search('18789')).map(r => r.url)).toContain('/help/gateway/change-the-gateway-port#check-whether-the-port-is-in-use')
  })
})
