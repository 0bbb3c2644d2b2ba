import { wordsFromPath } from '#shared/utils/not-found'
import { h, siteBase, siteHref } from './dom'
import { siteSearch } from './search-view'

/** On the not-found page: the articles closest to the address that was asked for. */
export async function suggestArticles(doc: Document): Promise<void> {
  const nav = doc.querySelector<HTMLElement>('[data-not-found-suggestions]')
  const list = nav?.querySelector('ul')
  if (!nav || !list) return
  const path = window.location.pathname.slice(siteBase.length - 1)
  const words = wordsFromPath(path, (nav.dataset.categorySlugs ?? '').split(' '))
  if (!words) return
  const results = await siteSearch().search(words, 5).catch(() => [])
  const seen = new Set<string>()
  const articles = results.filter(result => !seen.has(result.articleUrl) && seen.add(result.articleUrl))
  list.replaceChildren(...articles.map(result => h('li', {}, [h('a', { href: siteHref(result.articleUrl), class: 'font-medium text-primary' }, [result.articleTitle])])))
  nav.hidden = !articles.length
}
