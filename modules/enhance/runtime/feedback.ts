import { FEEDBACK_API_PATH, FEEDBACK_REASONS, NOTE_MAX_LENGTH, reasonLabel } from '#shared/feedback/fields'
import type { FeedbackReason } from '#shared/feedback/fields'
import { supportLink } from '#shared/feedback/support-link'
import { h } from './dom'
import { mayUseHelpApi, outgoingText, postToHelpApi, privacySignal } from './help-api'

export interface FeedbackWidget {
  /** The reader pressed Yes (`true`) or No. */
  answer(helpful: boolean): void
}

/** What this device answered for the article, in local storage. */
interface StoredAnswer {
  helpful: boolean
  reason?: FeedbackReason
  /** The answer the help API holds from this device, if any: the next one sent replaces it. */
  countedAs?: boolean
}

const button = 'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium outline-primary/25 focus-visible:outline-3 bg-primary text-inverted hover:bg-primary/75 disabled:opacity-75'
const link = 'font-medium text-primary underline-offset-2 hover:underline'

/**
 * The "Was this helpful?" widget, loaded by feedback-entry.ts. Yes and No stay
 * on screen, the reader's answer pressed, so it can be changed; No asks why
 * and offers a message to support carrying the article and the reason.
 * One answer per article per device, kept in local storage. With the help
 * API (a server build) and no privacy signal from the browser, answers are
 * sent: No at once, then its reason and note when the reader sends them;
 * a changed answer says which one it replaces, so the report counts each
 * device once. Notes and queries are redacted before they leave.
 */
export function createFeedbackWidget(section: HTMLElement, storageKey: string): FeedbackWidget {
  const doc = section.ownerDocument
  const sending = mayUseHelpApi(doc)
  const article = section.dataset.article!
  const message = { title: section.dataset.articleTitle ?? '', url: section.dataset.articleUrl ?? '' }
  const supportUrl = doc.querySelector<HTMLAnchorElement>('[data-support-link]')?.getAttribute('href') ?? 'mailto:'
  const buttons = [...section.querySelectorAll<HTMLButtonElement>('[data-feedback-answer]')]

  let stored: StoredAnswer | undefined
  try {
    stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') ?? undefined
  }
  catch {
    stored = undefined
  }
  function remember(answer: StoredAnswer) {
    stored = answer
    try {
      localStorage.setItem(storageKey, JSON.stringify(answer))
    }
    catch {
      // No storage: the answer holds for this page.
    }
  }

  const status = h('p', { 'class': 'text-sm text-toned', 'role': 'status', 'data-feedback-status': true })
  const panel = h('div', { 'class': 'mt-3 space-y-3', 'data-feedback-panel': true }, [status])
  section.append(panel)

  const contact = h('a', { 'class': link, 'data-feedback-contact': true }, ['Email support about this article']) as HTMLAnchorElement
  const contactLine = h('p', { class: 'text-sm text-toned' }, ['Still stuck? ', contact, '. The message names the article and what went wrong.'])

  const reasons = h('fieldset', { class: 'space-y-1.5' }, [
    h('legend', { class: 'mb-1.5 text-sm font-medium text-highlighted' }, ['What went wrong?']),
    ...FEEDBACK_REASONS.map(reason => h('label', { class: 'flex items-center gap-2 text-sm text-default' }, [
      h('input', { type: 'radio', name: 'article-feedback-reason', value: reason.value, class: 'size-4 accent-(--ui-primary)' }),
      reason.label,
    ])),
  ])
  const note = h('textarea', {
    'id': 'article-feedback-note', 'name': 'note', 'rows': 3, 'maxlength': NOTE_MAX_LENGTH, 'aria-describedby': 'article-feedback-note-hint',
    'class': 'block w-full rounded-md bg-default px-3 py-2 text-sm text-highlighted ring ring-accented ring-inset placeholder:text-dimmed focus:ring-2 focus:ring-primary focus:outline-none',
  }) as HTMLTextAreaElement
  const left = h('span', { 'data-feedback-note-left': true })
  const form = h('form', { 'class': 'space-y-3', 'data-feedback-form': true }, [
    reasons,
    ...(sending
      ? [
          h('div', {}, [
            h('label', { for: 'article-feedback-note', class: 'mb-1 block text-sm font-medium text-highlighted' }, ['Anything else? ', h('span', { class: 'font-normal text-muted' }, ['(optional)'])]),
            note,
            h('p', { id: 'article-feedback-note-hint', class: 'mt-1 text-xs text-muted' }, ['Leave out passwords and keys: the ones we recognise are removed before anything is sent. ', left]),
          ]),
          h('button', { type: 'submit', class: button }, ['Send feedback']),
        ]
      : []),
  ]) as HTMLFormElement

  const chosenReason = () => (form.querySelector<HTMLInputElement>('input[name="article-feedback-reason"]:checked')?.value as FeedbackReason | undefined)
  function updateContact() {
    const reason = chosenReason()
    contact.href = supportLink(supportUrl, { ...message, reason: reason && reasonLabel(reason), note: outgoingText(note.value) || undefined })
    left.textContent = `${NOTE_MAX_LENGTH - note.value.length} characters left.`
  }
  form.addEventListener('input', updateContact)

  function show(helpful: boolean | undefined, text: string, parts: HTMLElement[] = []) {
    for (const b of buttons) b.setAttribute('aria-pressed', String(helpful !== undefined && (b.dataset.feedbackAnswer === 'yes') === helpful))
    status.textContent = text
    panel.replaceChildren(status, ...parts)
  }

  /** Why nothing is sent, when the site could send it. */
  const kept = doc.documentElement.hasAttribute('data-help-api') && privacySignal()
    ? ' Your browser asks sites not to collect data, so your answer stays on this device.'
    : ''

  function showYes() {
    show(true, `${sending ? 'Thanks for letting us know.' : 'Glad it helped.'}${kept}`)
  }
  function showNo() {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = input.value === stored?.reason
    updateContact()
    show(false, `Sorry it didn’t help.${kept}`, [form, contactLine])
  }

  // One post at a time, each naming the answer the one before it left counted.
  let queue = Promise.resolve(true)
  function send(helpful: boolean, details: { reason?: FeedbackReason, note?: string } = {}): Promise<boolean> {
    if (!sending) return Promise.resolve(false)
    queue = queue.then(async () => {
      const replaces = stored?.countedAs
      const counted = await postToHelpApi(FEEDBACK_API_PATH, { article, helpful, ...details, ...(replaces === undefined ? {} : { replaces }) })
      if (counted && stored) remember({ ...stored, countedAs: helpful })
      return counted
    })
    return queue
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')
    if (!submit) return
    const reason = chosenReason()
    const text = outgoingText(note.value)
    submit.disabled = true
    remember({ ...stored, helpful: false, reason })
    // The bare No already counted is replaced by this one, with its reason.
    void send(false, { ...(reason ? { reason } : {}), ...(text ? { note: text } : {}) }).then((counted) => {
      submit.disabled = false
      if (!counted) return void (status.textContent = 'Your answer could not be sent. You can still email support about this article.')
      note.value = ''
      updateContact()
      show(false, 'Thanks: the people who write these articles will read this.', [contactLine])
    })
  })

  function answer(helpful: boolean) {
    if (stored?.helpful === helpful) return helpful ? showYes() : showNo()
    remember({ helpful, countedAs: stored?.countedAs })
    if (helpful) showYes()
    else showNo()
    void send(helpful)
  }

  if (stored) {
    if (stored.helpful) showYes()
    else showNo()
  }
  return { answer }
}
