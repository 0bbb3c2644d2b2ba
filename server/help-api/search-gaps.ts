import { normalizeQuery } from '../../shared/feedback/query'
import { defineHelpApiRoute } from './handler'
import { searchGapSchema } from './validate'

// POST /help/api/search-gaps: a search that found nothing, typed in the dialog or on the search page.
export default defineHelpApiRoute({
  schema: searchGapSchema,
  async store(_event, { query, source }, store) {
    await store.addSearchGap({ query: normalizeQuery(query), source: source ?? 'dialog' })
  },
})
