/**
 * Removes `@keyframes` that no rule of the stylesheet refers to. Nuxt UI's CSS
 * declares the keyframes of all its components (toasts, carousels, marquees…)
 * outside Tailwind's theme, so Tailwind cannot drop the ones nothing uses.
 * A name counts as used when it appears anywhere else in the stylesheet: in an
 * `animation`, a `--animate-*` variable or an arbitrary-value class name.
 */
export function dropUnusedKeyframes(css: string): string {
  const blocks: Array<{ name: string, start: number, end: number }> = []
  const at = /@(?:-webkit-)?keyframes\s+([\w-]+)\s*\{/g
  for (let match = at.exec(css); match; match = at.exec(css)) {
    let depth = 1
    let i = at.lastIndex
    for (; i < css.length && depth; i++) {
      if (css[i] === '{') depth++
      else if (css[i] === '}') depth--
    }
    blocks.push({ name: match[1]!, start: match.index, end: i })
    at.lastIndex = i
  }
  if (!blocks.length) return css

  let rest = ''
  let last = 0
  for (const block of blocks) {
    rest += css.slice(last, block.start)
    last = block.end
  }
  rest += css.slice(last)
  // `_` may follow: it stands for a space in arbitrary values (`animate-[fade-in_200ms]`).
  const used = (name: string) => new RegExp(`(?<![a-zA-Z0-9-])${name.replace(/-/g, '\\-')}(?![a-zA-Z0-9-])`).test(rest)

  let out = ''
  last = 0
  for (const block of blocks) {
    out += css.slice(last, block.start)
    if (used(block.name)) out += css.slice(block.start, block.end)
    last = block.end
  }
  return out + css.slice(last)
}
