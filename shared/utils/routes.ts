/**
 * The help center's URL shapes. app.vue renders the page this returns for the
 * address the document was built for, instead of a file-based router (which
 * would bring vue-router to every page; see README, "Light pages").
 */
export type HelpRoute
  = | { name: 'home' }
    | { name: 'search' }
    | { name: 'category', category: string }
    | { name: 'article', category: string, slug: string }
    | { name: 'not-found' }

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/

function segment(raw: string): string | null {
  try {
    const decoded = decodeURIComponent(raw)
    return SEGMENT.test(decoded) ? decoded : null
  }
  catch {
    return null
  }
}

/** `/help/troubleshooting/cannot-sign-in` → `{ name: 'article', category: 'troubleshooting', slug: 'cannot-sign-in' }`. */
export function matchHelpRoute(path: string): HelpRoute {
  const parts = path.split(/[?#]/)[0]!.split('/').filter(Boolean)
  if (parts[0] !== 'help' || parts.length > 3) return { name: 'not-found' }
  if (parts.length === 1) return { name: 'home' }
  const category = segment(parts[1]!)
  const slug = parts[2] === undefined ? undefined : segment(parts[2])
  if (!category || slug === null) return { name: 'not-found' }
  if (slug) return { name: 'article', category, slug }
  return category === 'search' ? { name: 'search' } : { name: 'category', category }
}
