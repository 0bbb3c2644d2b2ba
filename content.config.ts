import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineCollection, defineContentConfig, z } from '@nuxt/content'
import { articleFields, categoryFields, computedArticleFields } from './modules/content-checks/schema'
import { draftArticleFiles } from './modules/content-fields/draft-files'

// Drafts are previewed in `nuxt dev`; a build leaves them out of the content
// database altogether, so nothing of them is published.
const drafts = process.env.NODE_ENV === 'development'
  ? []
  : draftArticleFiles(fileURLToPath(new URL('./content', import.meta.url)))

// Extra articles for a test build only (hostile HTML, for example): a folder laid out like content/.
const extraContent = process.env.HELP_EXTRA_CONTENT

export default defineContentConfig({
  collections: {
    help: defineCollection({
      type: 'page',
      source: [
        { include: 'help/**/*.md', exclude: drafts },
        ...(extraContent ? [{ cwd: resolve(extraContent), include: 'help/**/*.md' }] : []),
      ],
      // The fields authors write are defined, with their rules, where the content
      // checks validate them too; Nuxt Content itself only reads their types.
      schema: articleFields.extend({
        ...computedArticleFields.shape,
        // Filled by Nuxt Content with the file as written; read only by the server
        // routes that serve Markdown (llms-full.txt, /help/<category>/<slug>.md).
        rawbody: z.string(),
      }),
      // What the pages' queries filter and sort by (pages/help/), so each of the
      // thousands of prerendered pages looks its rows up instead of scanning them all.
      indexes: [
        { columns: ['path'] },
        { columns: ['category', 'draft', 'order'] },
        { columns: ['draft', 'updatedAt'] },
      ],
    }),
    categories: defineCollection({
      type: 'data',
      source: 'categories/*.yml',
      schema: categoryFields,
    }),
  },
})
