/**
 * What readers can tell the help center, as both the page's widget and the
 * server's API know it (docs/ARCHITECTURE.md, "Feedback and search gaps").
 */

/** Why an article did not help, in the order the widget offers them. */
export const FEEDBACK_REASONS = [
  { value: 'steps-did-not-work', label: 'The steps didn’t work' },
  { value: 'not-my-problem', label: 'It’s not about my problem' },
  { value: 'hard-to-follow', label: 'It was hard to follow' },
  { value: 'other', label: 'Something else' },
] as const

export type FeedbackReason = typeof FEEDBACK_REASONS[number]['value']

export const FEEDBACK_REASON_VALUES = FEEDBACK_REASONS.map(reason => reason.value) as [FeedbackReason, ...FeedbackReason[]]

/** The label a reason is shown with; the value itself for one the widget doesn't know. */
export const reasonLabel = (value: string) => FEEDBACK_REASONS.find(reason => reason.value === value)?.label ?? value

/** Where a search that found nothing was typed. */
export const SEARCH_GAP_SOURCES = ['dialog', 'page'] as const

export type SearchGapSource = typeof SEARCH_GAP_SOURCES[number]

/** The longest note a reader can add to a "No". */
export const NOTE_MAX_LENGTH = 500

/** The longest search query kept; the search itself reads at most 500 characters. */
export const QUERY_MAX_LENGTH = 200

/** The largest request body the API reads, in bytes. */
export const API_BODY_LIMIT = 2048

/** The API's addresses, below the site's base URL. */
export const FEEDBACK_API_PATH = '/help/api/feedback'
export const SEARCH_GAPS_API_PATH = '/help/api/search-gaps'

/**
 * Whether a text holds an HTML tag, comment or doctype (`<script`, `</p`,
 * `<!--`): notes and queries are plain text, and the API refuses markup. A `<`
 * on its own (`a < b`, `<3`) is text.
 */
export const containsMarkup = (text: string) => /<[a-z!/?]/i.test(text)
