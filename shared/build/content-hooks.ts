import type { FileAfterParseHook } from '@nuxt/content'
import { deriveArticleFields } from './derive'
import { sanitizeBody } from './sanitize'

/** Nuxt build hooks that compute the derived fields of every help article and make its body safe to render. */
export const contentHooks = {
  'content:file:afterParse'({ collection, content }: FileAfterParseHook) {
    if (collection.name !== 'help') return
    const derived = deriveArticleFields(
      String(content.stem),
      String(content.title ?? ''),
      String(content.description ?? ''),
    )
    Object.assign(content, derived)
    if (content.body && typeof content.body === 'object') content.body = sanitizeBody(content.body as { value?: unknown[] })
  },
}
