/** A category entry's stem (`categories/<slug>`) → its slug. */
export function categorySlug(stem: string): string {
  return stem.replace(/^categories\//, '')
}

/** A category entry's stem → the URL of its page. */
export function categoryPath(stem: string): string {
  return `/help/${categorySlug(stem)}`
}
