/** Whether a link leaves the help center (an absolute URL with a scheme, or protocol-relative). */
export function isExternalHref(href: string | undefined): boolean {
  if (!href) return false
  return /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(href)
}

/** The `rel` of an external link: the author's values plus `noopener noreferrer`. */
export function externalLinkRel(rel: string | string[] | undefined): string {
  const given = Array.isArray(rel) ? rel : (rel ?? '').split(/\s+/)
  return [...new Set([...given.filter(Boolean), 'nofollow', 'noopener', 'noreferrer'])].join(' ')
}
