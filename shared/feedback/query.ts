import { QUERY_MAX_LENGTH } from './fields'
import { redact } from './redact'

/**
 * A search query as the reports count it: redacted first (redaction reads
 * letter case), then one case, one kind of space, no quotes or punctuation
 * around it, and at most QUERY_MAX_LENGTH characters, so that
 * "Quota exceeded?" and " quota  exceeded" are one line of the report.
 */
export function normalizeQuery(query: string): string {
  return redact(query)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’«».,;:!?¿¡]+|[\s"'“”‘’«».,;:!?¿¡]+$/g, '')
    .slice(0, QUERY_MAX_LENGTH)
    .trim()
}
