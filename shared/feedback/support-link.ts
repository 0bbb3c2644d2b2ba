/** What a message to support says about the article the reader was on. */
export interface SupportMessage {
  /** The article's title. */
  title: string
  /** The article's absolute URL. */
  url: string
  /** Why it didn't help, as the reader picked it. */
  reason?: string
  /** What the reader added. */
  note?: string
}

/**
 * The contact-support link of an article's "Was this helpful?", prefilled:
 * a `mailto:` address gets a subject naming the article and a body with its
 * address, the reason and the note; a web form gets them as query parameters
 * (`article`, `reason`, `note`). Works without JavaScript (title and URL only)
 * and is updated by the page script as the reader answers.
 */
export function supportLink(supportUrl: string, message: SupportMessage): string {
  if (/^mailto:/i.test(supportUrl)) {
    const body = [
      `Article: ${message.url}`,
      ...(message.reason ? [`What went wrong: ${message.reason}`] : []),
      ...(message.note ? ['', message.note] : []),
      '',
      '',
    ].join('\n')
    const fields = `subject=${encodeURIComponent(`Help article: ${message.title}`)}&body=${encodeURIComponent(body)}`
    return `${supportUrl}${supportUrl.includes('?') ? '&' : '?'}${fields}`
  }
  const url = new URL(supportUrl)
  url.searchParams.set('article', message.url)
  if (message.reason) url.searchParams.set('reason', message.reason)
  if (message.note) url.searchParams.set('note', message.note)
  return url.href
}
