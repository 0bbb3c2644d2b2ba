import { h } from './dom'

const BUTTON_CLASS = 'absolute end-2 top-2 print:hidden rounded-md bg-default px-2 py-1 text-xs font-medium text-muted ring ring-accented ring-inset outline-inverted/25 transition-colors hover:bg-elevated hover:text-default focus-visible:outline-3'

/** Selects the code, so that the reader can copy it with the keyboard when the clipboard refuses. */
function selectCode(pre: HTMLElement) {
  const range = document.createRange()
  range.selectNodeContents(pre)
  window.getSelection()?.removeAllRanges()
  window.getSelection()?.addRange(range)
}

/**
 * A **Copy** button on every code block (components/content/ProsePre.vue).
 * It is a real button (Tab, Enter, Space) and says what happened in a live
 * region, for screen readers, and on itself, for everyone. Without JavaScript
 * there is no button, and the code can be selected as text.
 */
export function enhanceCodeBlocks(doc: Document): void {
  const blocks = doc.querySelectorAll<HTMLElement>('[data-code-block]')
  if (!blocks.length) return
  const status = h('p', { 'class': 'sr-only', 'aria-live': 'polite', 'data-copy-status': true })
  doc.body.append(status)
  for (const block of blocks) {
    const pre = block.querySelector('pre')
    if (!pre) continue
    const button = h('button', { 'type': 'button', 'class': BUTTON_CLASS, 'aria-label': 'Copy code' }, ['Copy'])
    let timer: ReturnType<typeof setTimeout> | undefined
    const say = (label: string, announcement: string) => {
      button.textContent = label
      button.setAttribute('aria-label', label === 'Copy' ? 'Copy code' : label)
      status.textContent = announcement
      clearTimeout(timer)
      timer = setTimeout(() => {
        button.textContent = 'Copy'
        button.setAttribute('aria-label', 'Copy code')
        status.textContent = ''
      }, 2000)
    }
    button.addEventListener('click', () => {
      status.textContent = ''
      // No clipboard outside a secure context: the code is selected instead.
      const copied = navigator.clipboard?.writeText((pre.textContent ?? '').replace(/\n$/, '')) ?? Promise.reject(new Error('no clipboard'))
      copied.then(
        () => say('Copied', 'Copied'),
        () => {
          selectCode(pre)
          say('Copy', 'Could not copy: the code is selected, press Ctrl+C or ⌘C to copy it')
        },
      )
    })
    // Room for the button at the end of the first line, so it never covers code.
    pre.classList.add('pe-16')
    block.append(button)
  }
}
