import { defineNuxtModule } from '@nuxt/kit'
import { deriveArticleFields } from './derive'
import { anchorPlatformBlocks } from './platforms'
import { sanitizeBody } from './sanitize'

/**
 * Computes the derived fields of every help article (category, order, slug,
 * excerpt, searchText), makes its body safe to render and gives each
 * `::platforms` block the anchor of its section, as Nuxt Content parses each file.
 */
export default defineNuxtModule({
  meta: { name: 'content-fields' },
  setup(_, nuxt) {
    nuxt.hook('content:file:afterParse', ({ collection, content }) => {
      if (collection.name !== 'help') return
      Object.assign(content, deriveArticleFields(String(content.stem), String(content.title ?? ''), String(content.description ?? '')))
      if (content.body && typeof content.body === 'object') content.body = anchorPlatformBlocks(sanitizeBody(content.body as { value?: unknown[] }))
    })
  },
})
