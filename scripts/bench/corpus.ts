/**
 * A synthetic help center for benchmarks: articles shaped like ours (title,
 * one-sentence description, an introduction, 4–8 sections of paragraphs and
 * numbered steps with inline code), drawn from a Zipf-distributed vocabulary
 * with a long tail of rare words, error codes, ports and paths.
 */
import type { IndexableArticle } from '../../shared/search/build-index'
import type { MinimarkBody } from '../../shared/utils/minimark'

// Minimark as written here: a string or `[tag, props, ...children]`.
type MinimarkNode = string | [string, Record<string, unknown>, ...unknown[]]

const COMMON = ('gateway agent model provider key settings general account workspace sign connection network firewall proxy '
  + 'port config file folder log error status restart start stop running stopped disconnected connected cloud desktop app '
  + 'message send reply chat profile edit dropdown select choose open click save check wait minutes seconds token session '
  + 'expired invalid quota credits rate limit vpn internet access permission binary install reinstall download update path '
  + 'data directory write read user admin member invite email confirm link browser cookie subdomain url address server '
  + 'service outage incident page restore back-off reconnect timeout request response api dashboard balance usage team '
  + 'computer machine system terminal command run process bind busy free change value default number text editor backup '
  + 'copy paste field button card tab screen window menu list option new old first last next previous again still now then '
  + 'when while after before because if not only also every each other same different right wrong exact correct '
  + 'the a to of and in is for on it your you that this with be are can or as at by from an not will have').split(' ')

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}

export function syntheticCorpus(count: number, seed = 42): IndexableArticle[] {
  const random = rng(seed)
  // The long tail: product words, feature names, error identifiers. Like real
  // words, they start with many different letters, not a handful of syllables.
  const consonants = 'bcdfghjklmnprstvwz'
  const vowels = 'aeiou'
  const letter = (set: string) => set[Math.floor(random() * set.length)]!
  const rare = Array.from({ length: 6000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => letter(consonants) + letter(vowels) + (random() < 0.5 ? letter(consonants) : '')).join(''))
  const vocabulary = [...COMMON, ...rare]
  // Zipf weights, s = 1.
  const cumulative: number[] = []
  vocabulary.reduce((sum, _, i) => (cumulative[i] = sum + 1 / (i + 1)), 0)
  const total = cumulative.at(-1)!
  const word = () => {
    const r = random() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < r) lo = mid + 1
      else hi = mid
    }
    return vocabulary[lo]!
  }
  const words = (min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, word).join(' ')
  const sentence = (min: number, max: number) => {
    const s = words(min, max)
    return s[0]!.toUpperCase() + s.slice(1) + '.'
  }
  // Ports, paths, file names, error codes and commands recur across articles, as in real docs.
  const codePool = Array.from({ length: 400 }, () => [
    `${1024 + Math.floor(random() * 60000)}`,
    `~/.openclaw/${word()}/${word()}.log`,
    `${word()}.json`,
    `E${word().toUpperCase()}`,
    `${word()} --${word()}`,
  ][Math.floor(random() * 5)]!)
  const codes = () => codePool[Math.floor(random() * codePool.length)]!
  const paragraph = (): MinimarkNode => ['p', {}, sentence(8, 20), ' ', sentence(6, 16), ' See ', ['code', {}, codes()], ' for details.']
  const steps = (): MinimarkNode => ['ol', {}, ...Array.from({ length: 3 + Math.floor(random() * 3) }, (): MinimarkNode =>
    ['li', {}, 'Open ', ['strong', {}, `Settings > ${word()}`], ` and ${words(4, 10)}.`])]

  return Array.from({ length: count }, (_, i) => {
    const title = sentence(3, 6).slice(0, -1)
    const value: MinimarkNode[] = [paragraph()]
    const sections = 4 + Math.floor(random() * 5)
    for (let s = 0; s < sections; s++) {
      const heading = sentence(2, 5).slice(0, -1)
      value.push(['h2', { id: `s${s}-${heading.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` }, heading], paragraph())
      if (random() < 0.7) value.push(steps())
      if (random() < 0.3) value.push(paragraph())
    }
    const body: MinimarkBody = { type: 'minimark', value }
    return { path: `/help/category-${i % 8}/article-${i}`, title, description: sentence(10, 18), body }
  })
}

/** Minimark back to Markdown, for the benchmark's generated articles. */
function toMarkdown(node: unknown): string {
  if (typeof node === 'string') return node
  const [tag, props, ...children] = node as [string, Record<string, unknown>, ...unknown[]]
  const inner = children.map(toMarkdown).join('')
  switch (tag) {
    case 'h2': return `## ${inner}\n\n`
    case 'p': return `${inner}\n\n`
    case 'ol': return `${children.map((child, i) => `${i + 1}. ${toMarkdown(child)}`).join('\n')}\n\n`
    case 'li': return inner
    case 'strong': return `**${inner}**`
    case 'code': return `\`${inner}\``
    default: return props ? inner : ''
  }
}

/** The synthetic corpus as Markdown files: `[relative path, file text]`, spread over `categories`. */
export function syntheticMarkdownFiles(count: number, categories: readonly string[]): Array<[string, string]> {
  return syntheticCorpus(count).map((article, i) => {
    const category = categories[i % categories.length]!
    const order = String(Math.floor(i / categories.length) + 1).padStart(5, '0')
    const frontmatter = `---\ntitle: ${JSON.stringify(article.title)}\ndescription: ${JSON.stringify(article.description)}\nupdatedAt: 2026-11-25\n---\n\n`
    const body = (article.body?.value ?? []).map(toMarkdown).join('')
    return [`help/${category}/${order}.synthetic-${i}.md`, frontmatter + body]
  })
}
