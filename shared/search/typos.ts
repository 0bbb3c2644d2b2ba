/**
 * The term with two neighbouring letters swapped, each way it can be
 * (`chnage` → `hcnage`, `cnhage`, `change`, …): the typo readers make most,
 * which edit distance counts as two. Only for terms of 4 to 20 letters.
 */
export function transpositions(term: string): string[] {
  const letters = [...term]
  if (letters.length < 4 || letters.length > 20) return []
  const swaps = new Set<string>()
  for (let i = 0; i < letters.length - 1; i++) {
    if (letters[i] === letters[i + 1]) continue
    const swapped = [...letters]
    ;[swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!]
    swaps.add(swapped.join(''))
  }
  return [...swaps]
}

/** Edits from one word to another, a swap of neighbouring letters counting as one. */
export function editDistance(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  const rows = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)])
  for (let j = 1; j <= y.length; j++) rows[0]![j] = j
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = d
    }
  }
  return rows[x.length]![y.length]!
}

/**
 * The word of a vocabulary (word → how many articles use it) closest to a
 * misspelled one: at most one edit per four letters, the most used on a tie.
 */
export function closestWord(word: string, vocabulary: Iterable<[string, number]>): string | null {
  const allowed = Math.max(1, Math.floor([...word].length / 4))
  let best: { word: string, distance: number, uses: number } | null = null
  for (const [candidate, uses] of vocabulary) {
    if (candidate === word || Math.abs(candidate.length - word.length) > allowed || /\d/.test(candidate)) continue
    const distance = editDistance(word, candidate)
    if (distance > allowed) continue
    if (!best || distance < best.distance || (distance === best.distance && uses > best.uses)) best = { word: candidate, distance, uses }
  }
  return best?.word ?? null
}
