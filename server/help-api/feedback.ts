import { redact } from '../../shared/feedback/redact'
import { defineHelpApiRoute } from './handler'
import { isPublishedArticle } from './published-articles'
import { ApiError } from './request'
import { feedbackSchema } from './validate'

// POST /help/api/feedback: "Was this helpful?" at the end of an article.
export default defineHelpApiRoute({
  schema: feedbackSchema,
  async store(event, { article, helpful, reason, note, replaces }, store) {
    if (!await isPublishedArticle(event, article)) throw new ApiError(400, 'article', 'article is not a published article')
    const redacted = note === undefined ? undefined : redact(note).trim()
    await store.addFeedback({ article, helpful, reason, note: redacted || undefined, replaces })
  },
})
