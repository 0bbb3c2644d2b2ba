import { z } from 'zod'
import { containsMarkup, FEEDBACK_REASON_VALUES, NOTE_MAX_LENGTH, QUERY_MAX_LENGTH, SEARCH_GAP_SOURCES } from '../../shared/feedback/fields'

/** Plain text: no HTML tags and no control characters other than line breaks and tabs. */
const plainText = (max: number) => z.string()
  .max(max, `must be at most ${max} characters`)
  .refine(text => !containsMarkup(text), 'must be plain text, without HTML tags')
  // eslint-disable-next-line no-control-regex
  .refine(text => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), 'must not hold control characters')

export const feedbackSchema = z.object({
  article: z.string().max(200, 'must be at most 200 characters').regex(/^\/help\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an article path, /help/<category>/<slug>'),
  helpful: z.boolean(),
  reason: z.enum(FEEDBACK_REASON_VALUES, { errorMap: () => ({ message: `must be one of ${FEEDBACK_REASON_VALUES.join(', ')}` }) }).optional(),
  note: plainText(NOTE_MAX_LENGTH).optional(),
  /** The answer this one replaces: the same reader changed their mind on this device. */
  replaces: z.boolean().optional(),
}).strict()
  .refine(value => value.helpful === false || value.reason === undefined, { path: ['reason'], message: 'is only given with "helpful": false' })
  .refine(value => value.helpful === false || value.note === undefined, { path: ['note'], message: 'is only given with "helpful": false' })

export const searchGapSchema = z.object({
  query: plainText(QUERY_MAX_LENGTH).refine(query => query.trim().length > 0, 'must not be empty'),
  source: z.enum(SEARCH_GAP_SOURCES, { errorMap: () => ({ message: `must be one of ${SEARCH_GAP_SOURCES.join(', ')}` }) }).optional(),
}).strict()

export type FeedbackInput = z.infer<typeof feedbackSchema>
export type SearchGapInput = z.infer<typeof searchGapSchema>

const TYPE_NAMES: Record<string, string> = { string: 'text', boolean: 'true or false' }

export type Validated<T> = { ok: true, value: T } | { ok: false, field: string, message: string }

/** The request body checked against a schema; on failure, the first field at fault and what is wrong with it. */
export function validate<T>(schema: z.ZodType<T>, body: unknown): Validated<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, field: 'body', message: 'body must be a JSON object' }
  const result = schema.safeParse(body)
  if (result.success) return { ok: true, value: result.data }
  const issue = result.error.issues[0]!
  if (issue.code === 'unrecognized_keys') return { ok: false, field: issue.keys[0]!, message: `${issue.keys[0]} is not a field of this request` }
  const field = issue.path.map(String).join('.') || 'body'
  const message = issue.code !== 'invalid_type'
    ? issue.message
    : issue.received === 'undefined' ? 'is required' : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`
  return { ok: false, field, message: `${field} ${message}` }
}
