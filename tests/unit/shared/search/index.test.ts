import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSearchIndex } from '../../../../shared/search/build-index'
import type { IndexableArticle, SearchIndexFiles } from '../../../../shared/search/build-index'
import { HelpSearch } from '../../../../shared/search/query'

const reference = JSON.parse(readFileSync(new URL('../../../fixtures/chat-messages-not-sending.decoded.json', import.meta.url), 'utf8'))
const articles: IndexableArticle[] = [
  reference.data['help-article-/troubleshooting/chat-messages-not-sending'],
  ...reference.data['related-articles-/troubleshooting/chat-messages-not-sending'],
].map(a => ({ path: `/help/troubleshooting/${a.slug}`, title: a.title, description: a.description, body: a.body }))

let files: SearchIndexFiles
let search: HelpSearch
let loaded: string[]

beforeAll(() => {
  // Sharded as a large help center's: no index inlined in the meta file.
  files = buildSearchIndex(articles, undefined, 0)
  loaded = []
  // Serves the index from memory, as the static host would.
  search = new HelpSearch(async (path) => {
    loaded.push(path)
    if (path === 'meta.json') return files.meta
    const [, kind, file] = path.split('/')
    const name = file!.replace('.json', '')
    return kind === 'articles' ? files.articles[Number(name)] : JSON.parse(files.shards.get(name)!)
  })
})

describe('search over the reference articles', () => {
  it('finds the API key section for "quota"', async () => {
    const [top] = await search.search('quota')
    expect(top!.url).toBe('/help/troubleshooting/chat-messages-not-sending#api-key-invalid-or-out-of-credits')
    expect(top!.heading).toBe('API key invalid or out of credits')
    expect(top!.snippet.some(p => p.mark && /quota/i.test(p.text))).toBe(true)
  })

  it('tolerates a typo', async () => {
    const results = await search.search('gatway')
    expect(results[0]!.articleTitle).toMatch(/gateway/i)
  })

  it('finds the port and the config file', async () => {
    expect((await search.search('18789'))[0]!.articleUrl).toBe('/help/troubleshooting/gateway-fails-to-start')
    expect((await search.search('openclaw.json'))[0]!.articleUrl).toBe('/help/troubleshooting/gateway-fails-to-start')
    expect((await search.search('port 18789 in use'))[0]!.url).toBe('/help/troubleshooting/gateway-fails-to-start#port-conflict')
  })

  it('matches as you type', async () => {
    expect((await search.search('disconn'))[0]!.articleUrl).toBe('/help/troubleshooting/agent-shows-disconnected')
  })

  it('ranks a title match above a passing mention', async () => {
    const results = await search.search('sign in')
    expect(results[0]!.articleUrl).toBe('/help/troubleshooting/cannot-sign-in')
  })

  it('groups results by article, at most three each', async () => {
    const results = await search.search('gateway')
    const order = results.map(r => r.articleUrl)
    expect(order).toEqual([...order].sort((a, b) => order.indexOf(a) - order.indexOf(b)))
    for (const url of new Set(order)) expect(order.filter(u => u === url).length).toBeLessThanOrEqual(3)
  })

  it('loads only the shards of the typed terms', async () => {
    loaded.length = 0
    await search.search('firewall')
    const shards = loaded.filter(p => p.includes('/shards/'))
    expect(shards).toEqual([`${files.meta.version}/shards/fir.json`])
  })

  it('returns nothing, quickly and safely, for hostile or empty queries', async () => {
    expect(await search.search('')).toEqual([])
    expect(await search.search('"><script>')).toEqual([])
    expect(await search.search('!!!???...')).toEqual([])
    expect(Array.isArray(await search.search('x'.repeat(10_000)))).toBe(true)
    expect(await search.search('<img src=x onerror=alert(1)>')).toSatisfy(Array.isArray)
  })

  it('never indexes what it was not given', () => {
    const single = buildSearchIndex(articles.slice(0, 1))
    expect(single.meta.articleCount).toBe(1)
    expect(single.articles.map(a => a.url)).toEqual(['/help/troubleshooting/chat-messages-not-sending'])
  })
})

describe('a small index', () => {
  it('comes whole with the meta file, and answers every query without loading another file', async () => {
    const small = buildSearchIndex(articles)
    expect(small.meta.inline?.articles).toEqual(small.articles)
    expect(Object.keys(small.meta.inline!.shards).sort()).toEqual([...small.shards.keys()].sort())
    const paths: string[] = []
    const smallSearch = new HelpSearch(async (path) => {
      paths.push(path)
      if (path === 'meta.json') return JSON.parse(JSON.stringify(small.meta))
      throw new Error(`${path} should not be loaded`)
    })
    for (const query of ['quota', 'gatway', 'firewall port 18789']) {
      expect(await smallSearch.search(query)).toEqual(await search.search(query))
    }
    expect(await smallSearch.suggest('gatway')).toBe('gateway')
    expect(paths).toEqual(['meta.json'])
  })

  it('is not inlined once its shards and records are over the limit', () => {
    const size = [...files.shards.values()].join('').length + JSON.stringify(files.articles).length
    expect(buildSearchIndex(articles, undefined, size + 100).meta.inline).toBeDefined()
    expect(buildSearchIndex(articles, undefined, size - 100).meta.inline).toBeUndefined()
  })
})

describe('error codes', () => {
  // The gateway article claims two codes; the chat article only mentions one of them in passing.
  const withCodes = articles.map(article => article.path.endsWith('/gateway-fails-to-start')
    ? { ...article, errors: [{ code: 'EADDRINUSE', section: 'port-conflict' }, { code: 'Gateway token invalid', section: 'empty-or-invalid-workspace-token' }] }
    : article)
  withCodes.push({ path: '/help/troubleshooting/other', title: 'Log lines', description: 'Lines with EADDRINUSE and address already in use and error.', body: null })
  let codeSearch: HelpSearch

  beforeAll(() => {
    const codeFiles = buildSearchIndex(withCodes)
    codeSearch = new HelpSearch(async (path) => {
      if (path === 'meta.json') return codeFiles.meta
      const [, kind, file] = path.split('/')
      const name = file!.replace('.json', '')
      return kind === 'articles' ? codeFiles.articles[Number(name)] : JSON.parse(codeFiles.shards.get(name)!)
    })
  })

  it.each([
    ['the code alone', 'EADDRINUSE'],
    ['in lower case', 'eaddrinuse'],
    ['inside a pasted log line', 'Error: listen EADDRINUSE: address already in use 127.0.0.1:18789'],
  ])('ranks the article that claims it first, at its section: %s', async (_, query) => {
    const [top] = await codeSearch.search(query)
    expect(top!.url).toBe('/help/troubleshooting/gateway-fails-to-start#port-conflict')
  })

  it('matches a code of several words only when all of them were typed', async () => {
    expect((await codeSearch.search('the gateway token is invalid'))[0]!.url)
      .toBe('/help/troubleshooting/gateway-fails-to-start#empty-or-invalid-workspace-token')
    expect((await codeSearch.search('Lines with EADDRINUSE'))[0]!.url).toBe('/help/troubleshooting/gateway-fails-to-start#port-conflict')
  })
})

describe('suggest', () => {
  it('corrects the words the index does not know, and keeps the rest as typed', async () => {
    expect(await search.suggest('gatway port conflcit')).toBe('gateway port conflict')
  })

  it('suggests nothing for words the index knows, numbers or short words', async () => {
    expect(await search.suggest('gateway port 18789 ab')).toBeNull()
  })
})
