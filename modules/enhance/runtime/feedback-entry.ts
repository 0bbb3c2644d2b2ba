import type { FeedbackWidget } from './feedback'

/**
 * "Was this helpful?" at the end of an article (components/ArticleFeedback.vue):
 * the Yes and No buttons replace the text written for pages without
 * JavaScript, and the widget's code (feedback.ts) is fetched only when the
 * reader reaches for them, or at once for a reader who answered on an earlier
 * visit, so an article still loads one script.
 */
export function enhanceFeedbackEntry(section: HTMLElement | null): void {
  const choices = section?.querySelector<HTMLElement>('[data-feedback-choices]')
  const fallback = section?.querySelector<HTMLElement>('[data-feedback-fallback]')
  if (!section || !choices || !fallback) return
  // The answer this device gave, kept in local storage under this key (never a cookie).
  const storageKey = `help-feedback:${section.dataset.article}`
  let widget: Promise<FeedbackWidget> | undefined
  const load = () => (widget ??= import('./feedback').then(module => module.createFeedbackWidget(section, storageKey)))

  choices.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-feedback-answer]')
    if (button) void load().then(loaded => loaded.answer(button.dataset.feedbackAnswer === 'yes'))
  })
  for (const intent of ['pointerenter', 'focusin', 'touchstart']) section.addEventListener(intent, () => void load(), { once: true, passive: true })
  fallback.hidden = true
  choices.hidden = false
  let answered = false
  try {
    answered = localStorage.getItem(storageKey) !== null
  }
  catch {
    // No storage (a privacy mode): every visit starts unanswered.
  }
  if (answered) void load()
}
