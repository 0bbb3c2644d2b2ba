import { existsSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { parseArticleStem } from '../content-fields/derive'

/** The content folder's files, as paths relative to it with `/` separators. */
export interface ContentTree {
  /** `help/**` files, hidden ones left out. */
  helpFiles: string[]
  /** `categories/*` files. */
  categoryFiles: string[]
}

function walk(dir: string, root: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter(entry => !entry.name.startsWith('.'))
    .flatMap(entry => entry.isDirectory()
      ? walk(join(dir, entry.name), root)
      : [relative(root, join(dir, entry.name)).split(sep).join('/')])
    .sort()
}

export function listContentTree(contentDir: string): ContentTree {
  return {
    helpFiles: walk(join(contentDir, 'help'), contentDir),
    categoryFiles: walk(join(contentDir, 'categories'), contentDir),
  }
}

/** A URL part authors may use: lowercase words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * `help/<category>/<NN>.<slug>.md` → its parts and URL; `null` for any other
 * name (no number, no category folder, a nested folder, capitals or spaces in
 * the slug, another extension).
 */
export function parseArticleFile(file: string): { category: string, order: number, slug: string, url: string } | null {
  if (!file.endsWith('.md')) return null
  const parts = parseArticleStem(file.slice(0, -'.md'.length))
  if (!parts || !SLUG.test(parts.category) || !SLUG.test(parts.slug)) return null
  return { ...parts, url: `/help/${parts.category}/${parts.slug}` }
}

/** `categories/<category>.yml` → the category; `null` for any other name. */
export function parseCategoryFile(file: string): string | null {
  const match = /^categories\/([^/]+)\.yml$/.exec(file)
  return match && SLUG.test(match[1]!) ? match[1]! : null
}
