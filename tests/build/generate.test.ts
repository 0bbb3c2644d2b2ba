import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyProjectWithContent, nuxt, removeProject } from './project'

// Real `nuxt generate` runs on copies of the project with fixture content.

describe('nuxt generate with broken content', () => {
  let dir: string
  let result: Awaited<ReturnType<typeof nuxt>>

  beforeAll(async () => {
    dir = copyProjectWithContent('broken-content')
    // A site from an earlier, successful build must not survive a failed one.
    mkdirSync(join(dir, '.output/public'), { recursive: true })
    writeFileSync(join(dir, '.output/public/index.html'), '<!doctype html><title>Earlier build</title>')
    result = await nuxt(dir, 'generate')
  })
  afterAll(() => removeProject(dir))

  it('fails', () => {
    expect(result.code).not.toBe(0)
  })

  it('prints every problem as a file:line line', () => {
    const lines = result.output.split('\n')
    expect(lines).toEqual(expect.arrayContaining([
      'content/help/guides/02.invalid-yaml.md:2: frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings (if a value contains ": ", put the whole value in double quotes)',
      'content/help/guides/04.wrong-types.md:5: draft must be true or false, not the text "yes"',
      'content/help/guides/06.broken-links.md:11: broken link /help/guides/start-here#log-in: /help/guides/start-here has no heading with the anchor #log-in',
      'content/help/guides/09.same-slug.md:1: same URL /help/guides/same-slug as content/help/guides/08.same-slug.md: change one of the slugs',
      'content/help/guides/14.platform-blocks.md:28: ::platforms has an unknown platform #macos: the panels are #mac, #windows and #linux (did you mean #mac?)',
      'content/help/guides/14.platform-blocks.md:64: ::tabs is not a component articles can use: write ::callout or ::platforms (content/README.md)',
      'content/help/orphans/01.lost-article.md:1: category "orphans" has no content/categories/orphans.yml: add it or move the article',
    ]))
    expect(lines.filter(line => /^content\/\S+:\d+: /.test(line))).toHaveLength(58)
    expect(result.output).toContain('58 content problems')
  })

  it('leaves no site behind', () => {
    expect(existsSync(join(dir, '.output/public/index.html'))).toBe(false)
    expect(existsSync(join(dir, '.output/public/help'))).toBe(false)
  })
})

describe('nuxt generate with a draft and old URLs', () => {
  let dir: string
  let result: Awaited<ReturnType<typeof nuxt>>
  const site = (path: string) => join(dir, '.output/public', path)

  beforeAll(async () => {
    dir = copyProjectWithContent('drafts-and-redirects')
    const prepared = await nuxt(dir, 'prepare')
    expect(prepared.code, prepared.output).toBe(0)
    result = await nuxt(dir, 'generate')
  })
  afterAll(() => removeProject(dir))

  it('succeeds', () => {
    expect(result.code, result.output).toBe(0)
    expect(existsSync(site('help/guides/published-article/index.html'))).toBe(true)
  })

  it('publishes no database dump: pages never query content in the browser', () => {
    expect(existsSync(site('__nuxt_content'))).toBe(false)
    const files = readdirSync(site(''), { recursive: true })
    expect(files.filter(file => /sql_dump/.test(String(file)))).toEqual([])
  })

  it('publishes the search index as its files, one record per published article, and not the bundle they came in', () => {
    const meta = JSON.parse(readFileSync(site('search-index/meta.json'), 'utf8'))
    const published = readdirSync(site('help/api/v1/articles/guides'))
    expect(published).toEqual(['published-article.json'])
    expect(meta.articleCount).toBe(published.length)
    expect(readdirSync(site(`search-index/${meta.version}/articles`)).sort()).toEqual(Array.from({ length: meta.articleCount }, (_, id) => `${id}.json`).sort())
    expect(readdirSync(site(`search-index/${meta.version}/shards`))).toHaveLength(meta.shards.length)
    expect(readdirSync(site('search-index')).sort()).toEqual([meta.version, 'meta.json'].sort())
  })

  it('publishes nothing of the draft: no page, no old URL, no word in any file', () => {
    expect(existsSync(site('help/guides/quokka-rollout-plan'))).toBe(false)
    expect(existsSync(site('help/guides/old-quokka-plan'))).toBe(false)
    const files = readdirSync(site(''), { recursive: true, withFileTypes: true }).filter(entry => entry.isFile())
    expect(files.length).toBeGreaterThan(10)
    for (const entry of files) {
      const path = join(entry.parentPath, entry.name)
      expect(readFileSync(path, 'utf8').toLowerCase(), path).not.toContain('quokka')
    }
  })

  it.each([
    'help/guides/old-article-name',
    'help/old-category/published-article',
  ])('leaves a page at the old URL /%s that leads to the article', (oldPath) => {
    const html = readFileSync(site(`${oldPath}/index.html`), 'utf8')
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/help/guides/published-article">')
    expect(html).toContain('<link rel="canonical" href="/help/guides/published-article">')
    expect(html).toContain('<p>This article has moved to <a href="/help/guides/published-article" data-forward>Published article</a>.</p>')
  })
})
