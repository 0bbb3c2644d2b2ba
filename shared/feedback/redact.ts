/**
 * Secrets and personal details that readers paste with error messages, replaced
 * by placeholders before a note or a search query leaves the browser, and again
 * on the server before anything is stored. Pure: the page script and the
 * server import the same code.
 */

/** A run that may be base64: standard (`+/`) or URL-safe (`-_`) alphabet. */
const BASE64_RUN = /(?<![\w+/-])(?:[A-Za-z0-9+/]{32,}={0,2}|[\w-]{32,})(?![\w+/=-])/g

/**
 * Whether a run of letters and digits is random rather than words: it mixes
 * upper case, lower case and digits, and few of its letters belong to
 * lowercase runs of four or more (a word, a path segment, a camelCase name).
 */
function looksRandom(run: string): boolean {
  if (!/\d/.test(run) || !/[A-Z]/.test(run) || !/[a-z]/.test(run)) return false
  const wordy = (run.match(/[a-z]{4,}/g) ?? []).join('').length
  return wordy / run.length < 0.35
}

interface Redaction {
  /** What is replaced, for tests and docs. */
  name: string
  pattern: RegExp
  replace: (match: string, ...groups: string[]) => string
}

const placeholder = (name: string) => () => `[${name}]`

/** In the order they run: each later pattern sees the placeholders of the earlier ones. */
export const REDACTIONS: Redaction[] = [
  { name: 'email', pattern: /[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}/gi, replace: placeholder('email') },
  // A JSON Web Token: three base64url parts, the first two starting `eyJ` (`{"`).
  { name: 'token', pattern: /\beyJ[\w-]{4,}\.eyJ[\w-]{4,}\.[\w-]*/g, replace: placeholder('token') },
  // `sk-…` keys (OpenAI, Anthropic, OpenRouter and others).
  { name: 'api key', pattern: /(?<![A-Za-z0-9])sk-[\w-]{16,}/g, replace: placeholder('api key') },
  // Well-known token formats: GitHub, Slack, AWS access keys, Google API keys, Stripe.
  {
    name: 'token',
    pattern: /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|xox[abeprs]-[\w-]{10,}|AKIA[0-9A-Z]{16}|AIza[\w-]{30,}|[spr]k_(?:live|test)_\w{10,})/g,
    replace: placeholder('token'),
  },
  // `Authorization: Bearer …`, when what follows has a digit ("Bearer authentication failed" is prose).
  { name: 'token', pattern: /\b(Bearer|Basic)(\s+)(?=[\w~+/.-]*\d)[\w~+/.-]{8,}=*/gi, replace: (_, scheme, space) => `${scheme}${space}[token]` },
  // `password=hunter2`, `api_key: "abc123…"`: a value with a digit after a secret's name.
  {
    name: 'token',
    pattern: /\b((?:api[_-]?key|access[_-]?token|auth[_-]?token|token|secret|client[_-]?secret|password|passwd|pwd)["']?\s*[:=]\s*)(["']?)(?=[^\s"'&,;]*\d)[^\s"'&,;[\]]{6,}\2/gi,
    replace: (_, name, quote) => `${name}${quote}[token]${quote}`,
  },
  // A home folder names its user: `/Users/ana/…`, `/home/ana/…`, `C:\Users\ana\…` (also with `\\` or `/`).
  { name: 'user', pattern: /(?<![\w.-])(\/(?:Users|home))\/(?!\[user\])[^/\s\\'"`]+/g, replace: (_, home) => `${home}/[user]` },
  { name: 'user', pattern: /\b([a-z]:(?:\\+|\/)(?:Users|Documents and Settings)(?:\\+|\/))(?!\[user\])[^\\/\s'"`]+/gi, replace: (_, home) => `${home}[user]` },
  // A UUID, then 24 or more hex digits with at least one digit (hashes, keys, session ids).
  { name: 'hex', pattern: /(?<![A-Za-z0-9])[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?![A-Za-z0-9])/gi, replace: placeholder('hex') },
  { name: 'hex', pattern: /(?<![A-Za-z0-9])(?=[a-f]*\d)[0-9a-f]{24,}(?![A-Za-z0-9])/gi, replace: placeholder('hex') },
  { name: 'base64', pattern: BASE64_RUN, replace: run => looksRandom(run.replace(/=+$/, '')) ? '[base64]' : run },
]

/** The text with every secret and personal detail above replaced by a placeholder (`[email]`, `[api key]`…). */
export function redact(text: string): string {
  let result = text
  for (const { pattern, replace } of REDACTIONS) result = result.replace(pattern, replace as (match: string) => string)
  return result
}
