import type { z } from 'zod'
import { closestMatch } from './links'
import { articleFields, articleFrontmatter, categoryFields } from './schema'
import type { YamlFields } from './yaml'

/** A problem inside one file: the line it applies to and what is wrong. */
export interface LineProblem {
  line: number
  message: string
}

/** The line of a field, or of one item of a list field; line 1 when the field is missing. */
function lineOf(fields: YamlFields, [name, item]: (string | number)[]): number {
  const itemLine = typeof item === 'number' ? fields.itemLines.get(String(name))?.[item] : undefined
  return itemLine ?? fields.fieldLines.get(String(name)) ?? 1
}

/**
 * Validates a file's fields with a schema of schema.ts and puts each problem on
 * the line of what it is about. The schema words the messages; only unknown
 * fields, which zod reports all in one issue, are worded here, one by one, with
 * the field each most likely meant.
 */
export function checkFields(schema: z.AnyZodObject, fields: YamlFields): LineProblem[] {
  const result = schema.safeParse(fields.data)
  if (result.success) return []
  const problems = result.error.issues.flatMap((issue): LineProblem[] => {
    if (issue.code !== 'unrecognized_keys') return [{ line: lineOf(fields, issue.path), message: issue.message }]
    // Unknown fields of the frontmatter, or of one entry of a list such as `errors`.
    const within = issue.path.length ? `${issue.path[0]}: ` : ''
    return issue.keys.map((name) => {
      const guess = closestMatch(name, fieldNames(schema, issue.path))
      return { line: lineOf(fields, issue.path.length ? issue.path : [name]), message: `${within}unknown field "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}` }
    })
  })
  return problems.sort((a, b) => a.line - b.line)
}

/** The field names of the object at `path` in a schema (through lists, defaults and refinements). */
function fieldNames(schema: z.ZodTypeAny, path: (string | number)[]): string[] {
  let type: z.ZodTypeAny = schema
  for (const step of path) {
    while (!('shape' in type) && !('element' in type) && '_def' in type && type._def.innerType) type = type._def.innerType
    type = typeof step === 'number' && 'element' in type ? (type.element as z.ZodTypeAny) : (type as z.AnyZodObject).shape?.[step] ?? type
  }
  while (!('shape' in type) && type._def?.innerType) type = type._def.innerType
  return 'shape' in type ? Object.keys((type as z.AnyZodObject).shape) : []
}

/** An article's frontmatter as the checks across articles need it. */
export interface ArticleFields {
  draft: boolean
  /** Only the entries that pass the schema, each with its line. */
  relatedArticles: { value: string, line: number }[]
  redirectFrom: { value: string, line: number }[]
  errors: { value: { code: string, section?: string }, line: number }[]
  aliases: { value: string, line: number }[]
  problems: LineProblem[]
}

/**
 * The valid entries of a list field. Read one by one, so that one wrong field
 * or entry does not hide the others' links and old URLs from the checks.
 */
function validEntries<Name extends 'relatedArticles' | 'redirectFrom' | 'errors' | 'aliases'>(name: Name, fields: YamlFields) {
  type Entry = z.infer<typeof articleFields.shape[Name]>[number]
  const list = fields.data[name]
  if (!Array.isArray(list)) return []
  const entry = articleFields.shape[name].removeDefault().element as z.ZodType<Entry>
  return list.flatMap((item, i) => {
    const parsed = entry.safeParse(item)
    return parsed.success ? [{ value: parsed.data, line: lineOf(fields, [name, i]) }] : []
  })
}

/** Checks an article's frontmatter against `articleFrontmatter`. */
export function checkArticleFields(fields: YamlFields): ArticleFields {
  return {
    draft: articleFields.shape.draft.catch(false).parse(fields.data.draft),
    relatedArticles: validEntries('relatedArticles', fields),
    redirectFrom: validEntries('redirectFrom', fields),
    errors: validEntries('errors', fields),
    aliases: validEntries('aliases', fields),
    problems: checkFields(articleFrontmatter, fields),
  }
}

/** Checks a category file against `categoryFields`, Lucide icon included. */
export function checkCategoryFields(fields: YamlFields): LineProblem[] {
  return checkFields(categoryFields, fields)
}
