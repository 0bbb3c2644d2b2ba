/**
 * Marks the section being read in an article's table of contents
 * (components/ArticleToc.vue, a prerendered list of anchors) with
 * `aria-current="location"`, as the reader scrolls.
 */
export function enhanceToc(doc: Document): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('[data-article-toc] a[href^="#"]')]
  if (!links.length) return
  const ids = [...new Set(links.map(link => decodeURIComponent(link.hash.slice(1))))]
  const root = doc.documentElement
  let frame = 0

  function update() {
    frame = 0
    // A section is being read once its heading is where following a link to it puts it
    // (below the sticky header: the page's scroll padding plus the heading's scroll margin).
    const padding = Number.parseFloat(getComputedStyle(root).scrollPaddingTop) || 0
    let current: string | undefined
    let currentTop = 0
    for (const id of ids) {
      const heading = doc.getElementById(id)
      if (!heading) break
      const top = heading.getBoundingClientRect().top
      if (top > padding + (Number.parseFloat(getComputedStyle(heading).scrollMarginTop) || 0) + 8) break
      current = id
      currentTop = top
    }
    // The last sections may be too short to reach the top: at the bottom of the page, once the
    // current section's heading has scrolled out of view, the last section is the one being read.
    if (current && currentTop < 0 && window.innerHeight + window.scrollY >= root.scrollHeight - 2) current = ids.at(-1)
    for (const link of links) {
      if (current && decodeURIComponent(link.hash.slice(1)) === current) link.setAttribute('aria-current', 'location')
      else link.removeAttribute('aria-current')
    }
  }

  const schedule = () => (frame ||= requestAnimationFrame(update))
  update()
  window.addEventListener('scroll', schedule, { passive: true })
  window.addEventListener('resize', schedule, { passive: true })
}
