import type { FileAfterParseHook } from '@nuxt/content'
import { deriveArticleFields } from './derive'

/** Nuxt build hooks that compute the derived fields of every help article. */
export const contentHooks = {
  'content:file:afterParse'({ collection, content }: FileAfterParseHook) {
    if (collection.name !== 'help') return
    const derived = deriveArticleFields(
      String(content.stem),
      String(content.title ?? ''),
      String(content.description ?? ''),
    )
    Object.assign(content, derived)
  },
}
