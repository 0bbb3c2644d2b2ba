/**
 * The words of a URL that was not found, to look for what the reader meant:
 * `/help/troubleshooting/gateway-wont-start.html` → `gateway wont start`.
 * The `help` prefix and known category slugs say little about the article.
 */
export function wordsFromPath(path: string, ignore: readonly string[] = []): string {
  const skip = new Set(['help', 'index', 'html', 'htm', 'md', ...ignore])
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  }
  catch {
    // A malformed escape: read the path as it is.
  }
  return decoded
    .split(/[/?#&=._\-+\s]+/)
    .map(word => word.replace(/^\d+$/, ''))
    .filter(word => word && !skip.has(word.toLowerCase()))
    .join(' ')
    .slice(0, 200)
}
