import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { z } from 'zod'
import { ERROR_CODE_FORBIDDEN, ERROR_CODE_MAX_LENGTH } from '../../shared/utils/error-codes'
import { lucideName } from '../../shared/utils/lucide'
import { closestMatch } from './links'

// The rules of the frontmatter authors write. content.config.ts builds the
// Nuxt Content collections from these schemas, and the content checks validate
// every file with them, so each rule and its message is written once. Nuxt
// Content turns a schema into database columns (zod-to-json-schema), which reads
// a field-level refinement as the plain type: rules stay on fields, not objects.

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

/**
 * Messages for a value of the wrong type: `missing` when the field is not
 * written at all, `empty` when it is written without a value (YAML's null).
 */
function typeMessages(name: string, expected: string, messages: { missing?: string, empty?: string } = {}): z.RawCreateParams {
  return {
    errorMap: (issue, { data, defaultError }) => {
      if (issue.code !== 'invalid_type') return { message: defaultError }
      if (data === undefined) return { message: messages.missing ?? `${name} is missing` }
      if (data === null && messages.empty) return { message: messages.empty }
      return { message: `${name} must be ${expected}, not ${describeValue(data)}` }
    },
  }
}

/** Refuses a blank text, and stops there: the rules after it only ever see a non-blank one. */
function notBlank(message: string) {
  return (value: string, context: z.RefinementCtx) => {
    if (value.trim() === '') context.addIssue({ code: 'custom', message, fatal: true })
  }
}

/** A required one-line text; `hint` says what to write when it is missing. */
function text(name: string, hint?: string) {
  const empty = `${name} is empty`
  return z.string(typeMessages(name, 'text', { missing: hint ? `${name} is missing: ${hint}` : undefined, empty }))
    .superRefine(notBlank(empty))
}

/** A list of paths (`what` names them in messages); each entry is trimmed, then must pass `isPath`. */
function paths(name: string, what: string, isPath: (path: string) => boolean, notAPath: (path: string) => string) {
  const entry = z.string(typeMessages(`${name} entries`, what)).trim()
    .superRefine(notBlank(`${name} entries must be ${what}, not the text ""`))
    .refine(isPath, value => ({ message: notAPath(value) }))
  return z.array(entry, typeMessages(name, `a list of ${what}`)).default([])
}

let lucide: Set<string> | undefined
/**
 * The names of the Lucide icons installed with `@iconify-json/lucide`. Read the
 * first time an icon is checked: Nuxt Content loads this schema too, but only
 * for its types.
 */
function lucideIcons(): Set<string> {
  if (!lucide) {
    const set = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@iconify-json/lucide/icons.json'), 'utf8'))
    lucide = new Set([...Object.keys(set.icons ?? {}), ...Object.keys(set.aliases ?? {})])
  }
  return lucide
}

/** One error the app shows for the article's problem, and the section of the article that fixes it. */
const errorEntry = z.object({
  code: z.string(typeMessages('errors: code', 'text', { missing: 'errors: each entry needs a code, the error as the app shows it' }))
    .superRefine(notBlank('errors: code is empty'))
    .refine(code => code.trim().length <= ERROR_CODE_MAX_LENGTH, code => ({ message: `errors: code "${code.slice(0, 30)}…" is longer than ${ERROR_CODE_MAX_LENGTH} characters` }))
    .refine(code => !ERROR_CODE_FORBIDDEN.test(code), code => ({ message: `errors: code "${code}" may not hold / \\ ? # or %, which would break its link` })),
  section: z.string(typeMessages('errors: section', 'a heading anchor of this article')).regex(/^[\w-]+$/, 'errors: section must be a heading anchor of this article, like port-conflict (without #)').optional(),
}, typeMessages('errors: each entry', 'a code: field (with an optional section:)')).strict()

/** An article's fields as authors write them: the `help` collection adds the computed ones. */
export const articleFields = z.object({
  title: text('title', 'every article needs a title'),
  description: text('description', 'every article needs a one-sentence description'),
  draft: z.boolean(typeMessages('draft', 'true or false')).default(false),
  updatedAt: z.string(typeMessages('updatedAt', 'a date (YYYY-MM-DD)', { missing: 'updatedAt is missing: add the date of the last change (YYYY-MM-DD)' }))
    .refine(isRealDate, value => ({ message: `updatedAt is not a real date: "${value}" (write YYYY-MM-DD)` })),
  // Other articles, shown in the sidebar: an exact path, which is how they are looked up.
  relatedArticles: paths('relatedArticles', 'article paths', path => !/[#?]/.test(path),
    path => `relatedArticles: ${path} must be an article path, without # or ?`),
  // Old URLs of the article: each becomes a page that leads to it.
  redirectFrom: paths('redirectFrom', 'old paths', path => /^\/[^\s?#]*$/.test(path) && !path.includes('//'),
    path => `redirectFrom: "${path}" must be an old path like /help/<category>/<old-slug>, starting with / and without # or ?`),
  // Readers' words for the problem that the article doesn't use: search weighs them as the title.
  aliases: z.array(
    z.string(typeMessages('aliases entries', 'text')).superRefine(notBlank('aliases: an alias is empty'))
      .refine(alias => alias.trim().length <= 80, alias => ({ message: `aliases: "${alias.slice(0, 30)}…" is longer than 80 characters` })),
    typeMessages('aliases', 'a list of words or phrases'),
  ).default([]),
  // Errors the app shows for this problem: each gets a link, /help/e/<code>, to the section that fixes it.
  errors: z.array(errorEntry, typeMessages('errors', 'a list of entries with code: (and section:)')).default([]),
})

/** Fields computed as each article is parsed (modules/content-fields/derive.ts). */
export const computedArticleFields = z.object({
  category: z.string(),
  order: z.number(),
  slug: z.string(),
  excerpt: z.string(),
  searchText: z.string(),
})

/** Computed fields as authors may write them: not at all, as whatever they type would be replaced. */
function notWritten<Shape extends z.ZodRawShape>(shape: Shape) {
  const fields = Object.keys(shape).map(name => [name, z.undefined({
    errorMap: () => ({ message: `${name} is computed from the file name and location: remove it` }),
  })])
  return Object.fromEntries(fields) as { [Name in keyof Shape]: z.ZodUndefined }
}

/**
 * An article's frontmatter as the checks read it: the author fields, Nuxt
 * Content's own page fields (`navigation`, `seo`), no computed or unknown field.
 */
export const articleFrontmatter = articleFields.extend({
  navigation: z.unknown(),
  seo: z.unknown(),
  ...notWritten(computedArticleFields.shape),
}).strict()

/** A category file: one card of the home page. */
export const categoryFields = z.object({
  title: text('title'),
  description: text('description'),
  icon: text('icon', 'use i-lucide-<name>').superRefine((icon, context) => {
    const name = lucideName(icon)
    if (!name) {
      context.addIssue({ code: 'custom', message: `icon must be i-lucide-<name>, not "${icon}"` })
    }
    else if (!lucideIcons().has(name)) {
      const guess = closestMatch(name, lucideIcons())
      context.addIssue({ code: 'custom', message: `icon "${icon}" is not a Lucide icon${guess ? ` (did you mean "i-lucide-${guess}"?)` : ''}` })
    }
  }),
  order: z.number(typeMessages('order', 'a number', { missing: 'order is missing: the card\'s position on the home page' })),
}).strict()
