import { fileURLToPath } from 'node:url'
import { defineCollection, defineContentConfig, z } from '@nuxt/content'
import { draftArticleFiles } from './shared/build/draft-files'

// Drafts are previewed in `nuxt dev`; a build leaves them out of the content
// database altogether, so nothing of them is published.
const drafts = process.env.NODE_ENV === 'development'
  ? []
  : draftArticleFiles(fileURLToPath(new URL('./content', import.meta.url)))

export default defineContentConfig({
  collections: {
    help: defineCollection({
      type: 'page',
      source: { include: 'help/**/*.md', exclude: drafts },
      schema: z.object({
        // Written by authors.
        title: z.string(),
        description: z.string(),
        draft: z.boolean().default(false),
        updatedAt: z.string(),
        relatedArticles: z.array(z.string()).default([]),
        redirectFrom: z.array(z.string()).default([]),
        // Computed at build time from the file path and body (shared/build/derive.ts).
        category: z.string(),
        order: z.number(),
        slug: z.string(),
        excerpt: z.string(),
        searchText: z.string(),
      }),
    }),
    categories: defineCollection({
      type: 'data',
      source: 'categories/*.yml',
      schema: z.object({
        title: z.string(),
        description: z.string(),
        icon: z.string(),
        order: z.number(),
      }),
    }),
  },
})
