import type { YamlFields } from './yaml'
import { closestMatch } from './links'

/** A problem inside one file: the line it applies to and what is wrong. */
export interface LineProblem {
  line: number
  message: string
}

/** Fields authors write in an article's frontmatter (content.config.ts). */
export const ARTICLE_FIELDS = ['title', 'description', 'updatedAt', 'relatedArticles', 'draft', 'redirectFrom'] as const
/** Fields computed at build time (shared/build/derive.ts): whatever an author types is replaced. */
export const COMPUTED_ARTICLE_FIELDS = ['category', 'order', 'slug', 'excerpt', 'searchText'] as const
/** Page fields of Nuxt Content that an article may set. */
const NUXT_CONTENT_PAGE_FIELDS = ['navigation', 'seo']

export const CATEGORY_FIELDS = ['title', 'description', 'icon', 'order'] as const

/** How a YAML value reads in a message: `the text "yes"`, `the number 3`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (typeof value === 'string') return `the text "${value}"`
  if (typeof value === 'number') return `the number ${value}`
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return 'a list'
  return 'a group of fields'
}

/** Whether `YYYY-MM-DD` is a day that exists in the calendar. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

class FieldReader {
  readonly problems: LineProblem[] = []
  constructor(private readonly fields: YamlFields) {}

  line(name: string): number {
    return this.fields.fieldLines.get(name) ?? 1
  }

  has(name: string): boolean {
    return this.fields.fieldLines.has(name)
  }

  value(name: string): unknown {
    return this.fields.data[name]
  }

  report(name: string, message: string) {
    this.problems.push({ line: this.line(name), message })
  }

  /** A required one-line text. */
  text(name: string, missing = `${name} is missing`) {
    const value = this.value(name)
    if (!this.has(name)) this.problems.push({ line: 1, message: missing })
    else if (typeof value !== 'string') {
      this.report(name, value === null ? `${name} is empty` : `${name} must be text, not ${describeValue(value)}`)
    }
    else if (!value.trim()) this.report(name, `${name} is empty`)
  }

  /** An optional list of texts; returns the entries with their lines. */
  list(name: string, what: string): { value: string, line: number }[] {
    if (!this.has(name)) return []
    const value = this.value(name)
    if (!Array.isArray(value)) {
      this.report(name, `${name} must be a list of ${what}, not ${describeValue(value)}`)
      return []
    }
    const lines = this.fields.itemLines.get(name) ?? []
    const entries: { value: string, line: number }[] = []
    value.forEach((item, i) => {
      const line = lines[i] ?? this.line(name)
      if (typeof item === 'string' && item.trim()) entries.push({ value: item.trim(), line })
      else this.problems.push({ line, message: `${name} entries must be ${what}, not ${describeValue(item)}` })
    })
    return entries
  }

  unknown(known: readonly string[], computed: readonly string[] = []) {
    for (const name of this.fields.fieldLines.keys()) {
      if (known.includes(name)) continue
      if (computed.includes(name)) {
        this.report(name, `${name} is computed from the file name and location: remove it`)
        continue
      }
      const guess = closestMatch(name, known)
      this.report(name, `unknown field "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}`)
    }
  }
}

/** An article's frontmatter as authors write it, once its types are checked. */
export interface ArticleFields {
  draft: boolean
  relatedArticles: { value: string, line: number }[]
  redirectFrom: { value: string, line: number }[]
  problems: LineProblem[]
}

/** Checks an article's frontmatter against the `help` collection's schema (content.config.ts). */
export function checkArticleFields(fields: YamlFields): ArticleFields {
  const read = new FieldReader(fields)
  read.text('title', 'title is missing: every article needs a title')
  read.text('description', 'description is missing: every article needs a one-sentence description')

  if (!read.has('updatedAt')) {
    read.problems.push({ line: 1, message: 'updatedAt is missing: add the date of the last change (YYYY-MM-DD)' })
  }
  else {
    const value = read.value('updatedAt')
    if (typeof value !== 'string') read.report('updatedAt', `updatedAt must be a date (YYYY-MM-DD), not ${describeValue(value)}`)
    else if (!isRealDate(value)) read.report('updatedAt', `updatedAt is not a real date: "${value}" (write YYYY-MM-DD)`)
  }

  let draft = false
  if (read.has('draft')) {
    const value = read.value('draft')
    if (typeof value === 'boolean') draft = value
    else read.report('draft', `draft must be true or false, not ${describeValue(value)}`)
  }

  const relatedArticles = read.list('relatedArticles', 'article paths')
  const redirectFrom = read.list('redirectFrom', 'old paths')
  read.unknown([...ARTICLE_FIELDS, ...NUXT_CONTENT_PAGE_FIELDS], COMPUTED_ARTICLE_FIELDS)
  return { draft, relatedArticles, redirectFrom, problems: read.problems }
}

/**
 * Checks a category file against the `categories` collection's schema.
 * `icons` is the Lucide icon set; without it, only the icon's form is checked.
 */
export function checkCategoryFields(fields: YamlFields, icons?: ReadonlySet<string>): LineProblem[] {
  const read = new FieldReader(fields)
  read.text('title')
  read.text('description')
  read.text('icon', 'icon is missing: use i-lucide-<name>')
  const icon = read.value('icon')
  if (typeof icon === 'string' && icon.trim()) {
    const name = /^i-lucide-([a-z0-9-]+)$/.exec(icon)?.[1]
    if (!name) read.report('icon', `icon must be i-lucide-<name>, not "${icon}"`)
    else if (icons && !icons.has(name)) {
      const guess = closestMatch(name, icons)
      read.report('icon', `icon "${icon}" is not a Lucide icon${guess ? ` (did you mean "i-lucide-${guess}"?)` : ''}`)
    }
  }
  if (!read.has('order')) read.problems.push({ line: 1, message: 'order is missing: the card\'s position on the home page' })
  else if (typeof read.value('order') !== 'number') read.report('order', `order must be a number, not ${describeValue(read.value('order'))}`)
  read.unknown(CATEGORY_FIELDS)
  return read.problems
}
