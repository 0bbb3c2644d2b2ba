import { redact } from '#shared/feedback/redact'
import { siteHref } from './dom'

/**
 * Whether the browser asks sites not to collect data about the reader: Global
 * Privacy Control, or the older Do Not Track. Either one and nothing is sent.
 */
export function privacySignal(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean }
  return nav.globalPrivacyControl === true || nav.doNotTrack === '1' || (window as Window & { doNotTrack?: string }).doNotTrack === '1'
}

/** Whether this page may send anything: it is served with the help API (a server build, not the static site) and the browser doesn't object. */
export const mayUseHelpApi = (doc: Document) => doc.documentElement.hasAttribute('data-help-api') && !privacySignal()

/**
 * What a reader typed, as the API takes it: secrets and personal details
 * replaced by placeholders, no control characters, and any `<` that would
 * open a tag turned into a `‹` (the API refuses markup; the text still reads).
 */
export function outgoingText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return redact(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/<(?=[a-z!/?])/gi, '‹')).trim()
}

/**
 * Posts to the help API (`/help/api/…`, under the site's base URL). `keepalive`
 * lets a post made as the reader leaves the page still go out. Resolves with
 * whether it was stored; never rejects.
 */
export async function postToHelpApi(path: string, body: object): Promise<boolean> {
  try {
    const response = await fetch(siteHref(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      keepalive: true,
      credentials: 'omit',
    })
    return response.ok
  }
  catch {
    return false
  }
}
