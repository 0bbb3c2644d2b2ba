import { joinURL } from 'ufo'
import { errorCodeFromPath, normalizeErrorCode } from '#shared/utils/error-codes'

// `/help/e/<code>`: a page that forwards at once to the section of the article
// that claims the error code (its `errors` frontmatter), whatever the code's
// case. A middleware, so that an unknown code falls through to the not-found
// page, which searches for it. `nuxt generate` prerenders every claimed code's
// link (modules/content-checks).
export default defineEventHandler(async (event) => {
  const code = errorCodeFromPath(event.path.split('?')[0] ?? '')
  if (code === null) return
  const target = (await loadErrorCodes(event)).get(normalizeErrorCode(code))
  if (!target) return
  setResponseHeader(event, 'content-type', 'text/html; charset=utf-8')
  return forwardPageHtml({
    to: joinURL(useRuntimeConfig(event).app.baseURL, target.url),
    title: target.title,
    lead: `The fix for “${target.code}” is in`,
  })
})
