import { appContext } from '#shared/utils/app-context'
import { errorCodeFromPath, errorCodeUrl, normalizeErrorCode } from '#shared/utils/error-codes'
import { wordsFromPath } from '#shared/utils/not-found'
import { h, siteBase, siteHref } from './dom'
import { siteSearch } from './search-view'

interface ErrorsFile {
  errors: Record<string, { article: string, section: string | null }>
}

/**
 * The fix for an error code written in any case or spacing, on this site, from
 * the help API; `null` when no article claims it.
 */
async function errorCodeTarget(code: string): Promise<string | null> {
  const response = await fetch(`${siteBase}help/api/v1/errors.json`)
  if (!response.ok) return null
  const { errors } = await response.json() as ErrorsFile
  const wanted = normalizeErrorCode(code)
  const target = Object.entries(errors).find(([known]) => normalizeErrorCode(known) === wanted)?.[1]
  return target ? siteHref(errorCodeUrl(target.article, target.section)) : null
}

/**
 * On the not-found page: for `/help/e/<code>` (an error link from the app), the
 * article that claims the code, whatever its case; for an unknown code, the
 * search results for it; for any other address, the articles closest to it.
 */
export async function suggestArticles(doc: Document): Promise<void> {
  const nav = doc.querySelector<HTMLElement>('[data-not-found-suggestions]')
  const list = nav?.querySelector('ul')
  const title = nav?.querySelector('h2')
  if (!nav || !list || !title) return
  const path = window.location.pathname.slice(siteBase.length - 1)
  const code = errorCodeFromPath(path)

  if (code !== null) {
    const target = await errorCodeTarget(code).catch(() => null)
    if (target) {
      const url = new URL(target, window.location.href)
      for (const [name, value] of appContext(window.location.search)) url.searchParams.set(name, value)
      window.location.replace(url)
      return
    }
    title.textContent = `Articles about “${code}”`
  }
  const words = code ?? wordsFromPath(path, (nav.dataset.categorySlugs ?? '').split(' '))
  if (!words.trim()) return
  const results = await siteSearch().search(words, 5).catch(() => [])
  const seen = new Set<string>()
  const articles = results.filter(result => !seen.has(result.articleUrl) && seen.add(result.articleUrl))
  // For a code, the section that matched; for a mistyped address, the article.
  list.replaceChildren(...articles.map(result => h('li', {}, [h('a', { href: siteHref(code === null ? result.articleUrl : result.url), class: 'font-medium text-primary' }, [
    code !== null && result.heading ? `${result.articleTitle} › ${result.heading}` : result.articleTitle,
  ])])))
  nav.hidden = !articles.length
}
