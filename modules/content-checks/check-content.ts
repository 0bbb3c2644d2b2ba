import { readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { listContentTree, parseArticleFile, parseCategoryFile } from './content-tree'
import type { ArticleFields, LineProblem } from './fields'
import { checkArticleFields, checkCategoryFields } from './fields'
import { readMarkdownFile } from './frontmatter'
import { anchorSuggestion, closestMatch, resolveLink } from './links'
import { readMarkdownOutline } from './markdown'
import { readYamlFields } from './yaml'
import { readSynonyms } from './synonyms'
import type { Synonyms } from '../../shared/search/synonyms'
import { NO_SYNONYMS } from '../../shared/search/synonyms'
import type { ClaimedErrorCode } from './error-codes'
import { claimErrorCodes } from './error-codes'

/** One thing wrong in the content, where it is: `file` is relative to the project root. */
export interface ContentProblem {
  file: string
  line: number
  message: string
}

/** An article file as the checks see it. */
export interface CheckedArticle {
  file: string
  /** `/help/<category>/<slug>`; `null` when the file name is not an article's. */
  url: string | null
  draft: boolean
  anchors: Map<string, number>
  links: { href: string, line: number }[]
  relatedArticles: { value: string, line: number }[]
  redirectFrom: { value: string, line: number }[]
  errors: { value: { code: string, section?: string }, line: number }[]
  aliases: { value: string, line: number }[]
}

export type { ClaimedErrorCode } from './error-codes'

export interface ContentReport {
  problems: ContentProblem[]
  articles: CheckedArticle[]
  /** Old path → the article it now leads to (only `redirectFrom` entries without problems). */
  redirects: Map<string, CheckedArticle>
  /** Error codes without problems, by their normalized form (see shared/utils/error-codes.ts). */
  errorCodes: Map<string, ClaimedErrorCode>
  /** content/search/synonyms.yml, without the entries that have problems. */
  synonyms: Synonyms
}

export interface CheckContentOptions {
  /** The content folder; `<rootDir>/content` by default. */
  contentDir?: string
  /** The folder of static files served as they are; `<rootDir>/public` by default. */
  publicDir?: string
}

/** Readers' words and the help center's, for search (shared/search/synonyms.ts). */
const SYNONYMS_FILE = 'search/synonyms.yml'

/** Pages that exist whatever the content: the home page, search and the not-found page. */
const SITE_PAGES = ['/', '/help', '/help/search', '/not-found']
/** Paths the build itself writes to. */
const RESERVED_PREFIXES = ['/_nuxt/', '/__nuxt_content/', '/search-index/', '/_payload', '/200.html', '/404.html']

/** What an article whose frontmatter cannot be read counts as: published, with no links in its frontmatter. */
const UNREADABLE_FIELDS: ArticleFields = { draft: false, relatedArticles: [], redirectFrom: [], errors: [], aliases: [], problems: [] }

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  }
  catch {
    return false
  }
}

/** The part of a path a typo is in: suggestions must be close on the last segment. */
function pathSuggestion(path: string, candidates: Iterable<string>): string {
  const last = path.split('/').pop() ?? path
  const guess = closestMatch(path, candidates, Math.max(2, Math.floor(last.length / 3)))
  return guess ? ` (did you mean ${guess}?)` : ''
}

/**
 * Reads every article and category under the content folder and returns all
 * the problems that would make the built help center wrong: invalid
 * frontmatter, misplaced files, URL clashes, broken links and anchors, links
 * to drafts, bad redirects. Problems are sorted by file and line.
 */
export async function inspectContent(rootDir: string, options: CheckContentOptions = {}): Promise<ContentReport> {
  const root = resolve(rootDir)
  const contentDir = resolve(root, options.contentDir ?? 'content')
  const publicDir = resolve(root, options.publicDir ?? 'public')
  const shown = (file: string) => relative(root, join(contentDir, file)).split(sep).join('/')
  const problems: ContentProblem[] = []
  const add = (file: string, { line, message }: LineProblem) => problems.push({ file, line, message })
  const tree = listContentTree(contentDir)

  // Categories.
  const categories = new Set<string>()
  for (const name of tree.categoryFiles) {
    const file = shown(name)
    const category = parseCategoryFile(name)
    if (!category) {
      add(file, { line: 1, message: 'not a category file: categories are content/categories/<category>.yml, named in lowercase words joined by hyphens' })
      continue
    }
    categories.add(category)
    const fields = readYamlFields(readFileSync(join(contentDir, name), 'utf8'))
    if (fields.error) add(file, { line: fields.error.line, message: `not valid YAML: ${fields.error.message}` })
    else if (!fields.isMapping) add(file, { line: 1, message: 'must be a list of fields (name: value)' })
    else for (const problem of checkCategoryFields(fields)) add(file, problem)
  }

  // Articles, each on its own.
  const articles: CheckedArticle[] = []
  for (const name of tree.helpFiles) {
    const file = shown(name)
    const parts = parseArticleFile(name)
    if (!name.endsWith('.md')) {
      add(file, { line: 1, message: 'not an article: content/help holds only articles, <category>/<NN>.<slug>.md (images and other files go in public/)' })
      continue
    }
    if (!parts) {
      add(file, { line: 1, message: 'not a valid article file name: articles are content/help/<category>/<NN>.<slug>.md, the slug in lowercase words joined by hyphens (02.change-the-port.md)' })
    }
    else if (!categories.has(parts.category)) {
      add(file, { line: 1, message: `category "${parts.category}" has no content/categories/${parts.category}.yml: add it or move the article` })
    }

    const markdown = readMarkdownFile(readFileSync(join(contentDir, name), 'utf8'))
    const unreadable = !markdown.hasFrontmatter
      ? { line: 1, message: 'frontmatter is missing: start the file with a --- block holding title, description and updatedAt' }
      : markdown.error
        ? { line: markdown.error.line, message: `frontmatter is not valid YAML: ${markdown.error.message}` }
        : !markdown.isMapping
            ? { line: 2, message: 'frontmatter must be a list of fields (name: value)' }
            : null
    if (unreadable) add(file, unreadable)
    const fields = unreadable ? UNREADABLE_FIELDS : checkArticleFields(markdown)
    for (const problem of fields.problems) add(file, problem)
    checkAliases(fields.aliases, markdown.data.title, problem => add(file, problem))

    const outline = await readMarkdownOutline(markdown.body).catch((error: Error) => {
      add(file, { line: 1, message: `the Markdown cannot be read: ${error.message.split('\n')[0]}` })
      return { anchors: new Map<string, number>(), links: [], problems: [] }
    })
    for (const problem of outline.problems) add(file, problem)
    articles.push({
      file,
      url: parts?.url ?? null,
      draft: fields.draft,
      anchors: outline.anchors,
      links: outline.links,
      relatedArticles: fields.relatedArticles,
      redirectFrom: fields.redirectFrom,
      errors: fields.errors,
      aliases: fields.aliases,
    })
  }

  // One URL, one article.
  const byUrl = new Map<string, CheckedArticle>()
  for (const article of articles) {
    if (!article.url) continue
    const first = byUrl.get(article.url)
    if (first) add(article.file, { line: 1, message: `same URL ${article.url} as ${first.file}: change one of the slugs` })
    else byUrl.set(article.url, article)
  }

  const sitePages = new Set([...SITE_PAGES, ...[...categories].map(category => `/help/${category}`)])
  const isBuildPath = (path: string) => RESERVED_PREFIXES.some(prefix => path.startsWith(prefix))
  const isPublicFile = (path: string) => path !== '/' && isFile(join(publicDir, path))

  // Old URLs: each leads to one article and takes no page's place.
  const redirects = new Map<string, CheckedArticle>()
  for (const article of articles) {
    if (!article.url) continue
    for (const { value, line } of article.redirectFrom) {
      const fail = (message: string) => add(article.file, { line, message: `redirectFrom: ${message}` })
      const path = value.length > 1 ? value.replace(/\/+$/, '') : value
      const owner = byUrl.get(path)
      const earlier = redirects.get(path)
      if (owner === article) fail(`${path} is this article's own URL`)
      else if (owner) fail(`${path} is the URL of ${owner.file}`)
      else if (sitePages.has(path) || isBuildPath(path) || isPublicFile(path)) fail(`${path} is a page of the help center`)
      else if (earlier && earlier !== article) fail(`${path} already leads to ${earlier.url} (${earlier.file})`)
      else redirects.set(path, article)
    }
  }

  const knownPaths = [...sitePages, ...byUrl.keys(), ...redirects.keys()]

  for (const article of articles) {
    // The related-articles sidebar looks articles up by their exact path.
    for (const { value, line } of article.relatedArticles) {
      const fail = (message: string) => add(article.file, { line, message: `relatedArticles: ${message}` })
      const target = byUrl.get(value)
      if (target === article) fail(`${value} is this article itself`)
      else if (target?.draft && !article.draft) fail(`${value} is a draft (draft: true), so it is not published`)
      else if (target) continue
      else if (redirects.has(value)) fail(`${value} is an old URL: use ${redirects.get(value)!.url}`)
      else fail(`${value} is not an article${pathSuggestion(value, byUrl.keys())}`)
    }

    for (const { href, line } of article.links) {
      const fail = (message: string) => add(article.file, { line, message })
      const link = resolveLink(href, article.url)
      if (link.kind === 'empty') {
        fail('empty link: give it a target')
        continue
      }
      if (link.kind !== 'internal') continue
      if (link.samePage) {
        if (link.anchor && !article.anchors.has(link.anchor)) {
          fail(`broken link ${href}: this article has no heading with the anchor #${link.anchor}${anchorSuggestion(link.anchor, article.anchors)}`)
        }
        continue
      }
      const target = byUrl.get(link.path) ?? redirects.get(link.path)
      if (target) {
        if (target.draft && !article.draft) {
          fail(`link to ${href}, which is a draft (draft: true): publish it or remove the link`)
        }
        else if (link.anchor && !target.anchors.has(link.anchor)) {
          fail(`broken link ${href}: ${target.url} has no heading with the anchor #${link.anchor}${anchorSuggestion(link.anchor, target.anchors)}`)
        }
      }
      else if (sitePages.has(link.path) || isPublicFile(link.path)) {
        if (link.anchor) fail(`broken link ${href}: ${link.path} has no heading with the anchor #${link.anchor}`)
      }
      else {
        const where = href.split(/[?#]/)[0] === link.path ? 'no such page' : `no page at ${link.path}`
        fail(`broken link ${href}: ${where}${pathSuggestion(link.path, knownPaths)}`)
      }
    }
  }

  const errorCodes = claimErrorCodes(articles, add)
  const synonymsFile = join(contentDir, SYNONYMS_FILE)
  const { synonyms, problems: synonymProblems } = isFile(synonymsFile) ? readSynonyms(readFileSync(synonymsFile, 'utf8')) : { synonyms: NO_SYNONYMS, problems: [] }
  for (const problem of synonymProblems) add(shown(SYNONYMS_FILE), problem)
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
  return { problems, articles, redirects, errorCodes, synonyms }
}

/** Each alias once, and none of them the article's own title. */
function checkAliases(aliases: { value: string, line: number }[], title: unknown, add: (problem: LineProblem) => void) {
  const seen = new Set([typeof title === 'string' ? title.trim().toLowerCase() : ''])
  for (const { value, line } of aliases) {
    const key = value.trim().toLowerCase()
    if (key === [...seen][0]) add({ line, message: `aliases: "${value.trim()}" is the article's title: aliases are the other words readers use` })
    else if (seen.has(key)) add({ line, message: `aliases: "${value.trim()}" is listed twice` })
    seen.add(key)
  }
}

/** All the problems of the content under `rootDir` (see `inspectContent`). */
export async function checkContent(rootDir: string, options: CheckContentOptions = {}): Promise<ContentProblem[]> {
  return (await inspectContent(rootDir, options)).problems
}

/** A problem as the build prints it: `content/help/x/01.y.md:12: what is wrong`. */
export function formatProblem({ file, line, message }: ContentProblem): string {
  return `${file}:${line}: ${message}`
}
