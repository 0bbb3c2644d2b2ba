import { normalizeErrorCode } from '../../shared/utils/error-codes'
import type { CheckedArticle } from './check-content'
import type { LineProblem } from './fields'
import { anchorSuggestion } from './links'

/** An error code and where it leads. */
export interface ClaimedErrorCode {
  code: string
  section?: string
  article: CheckedArticle
}

/**
 * Each error code leads to one article: not claimed twice, not written two ways
 * that differ only by case or spacing, and pointing at a heading of its article.
 */
export function claimErrorCodes(articles: CheckedArticle[], add: (file: string, problem: LineProblem) => void): Map<string, ClaimedErrorCode> {
  const claimed = new Map<string, ClaimedErrorCode & { line: number }>()
  for (const article of articles) {
    for (const { value: { code, section }, line } of article.errors) {
      const fail = (message: string) => add(article.file, { line, message: `errors: ${message}` })
      const key = normalizeErrorCode(code)
      const earlier = claimed.get(key)
      const where = earlier && (earlier.article === article ? `line ${earlier.line}` : `${earlier.article.file}:${earlier.line}`)
      if (earlier && earlier.code === code.trim()) fail(`code "${code.trim()}" is already claimed at ${where}: one article answers each code`)
      else if (earlier) fail(`code "${code.trim()}" differs from "${earlier.code}" (${where}) only by case or spacing: codes are matched whatever their case, so keep one`)
      else if (section && !article.anchors.has(section)) fail(`section #${section} is not a heading of this article${anchorSuggestion(section, article.anchors)}`)
      else claimed.set(key, { code: code.trim(), section, article, line })
    }
  }
  return new Map([...claimed].map(([key, { line: _, ...claim }]) => [key, claim]))
}
