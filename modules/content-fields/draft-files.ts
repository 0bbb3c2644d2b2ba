import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listContentTree } from '../content-checks/content-tree'
import { readMarkdownFile } from '../content-checks/frontmatter'

/**
 * The article files marked `draft: true`, relative to the content folder
 * (`help/<category>/<NN>.<slug>.md`), for the `help` collection's `exclude`:
 * a build leaves them out of the content database, so no page, search index
 * or database dump of the generated site holds a word of them.
 */
export function draftArticleFiles(contentDir: string): string[] {
  return listContentTree(contentDir).helpFiles.filter((file) => {
    if (!file.endsWith('.md')) return false
    return readMarkdownFile(readFileSync(join(contentDir, file), 'utf8')).data.draft === true
  })
}
