import { COLOR_MODE_STORAGE_KEY } from '#shared/utils/color-mode'

/**
 * The header's light/dark toggle. The color-mode head script (from
 * @nuxtjs/color-mode, through Nuxt UI) has already put `light` or `dark` on
 * `<html>` before the first paint, from the reader's last choice or the
 * system's; the toggle flips it and remembers the choice under the same key.
 */
export function enhanceColorMode(root: HTMLElement, button: HTMLButtonElement | null): void {
  if (!button) return
  const sync = () => button.setAttribute('aria-pressed', String(root.classList.contains('dark')))
  button.addEventListener('click', () => {
    const dark = !root.classList.contains('dark')
    root.classList.toggle('dark', dark)
    root.classList.toggle('light', !dark)
    try {
      localStorage.setItem(COLOR_MODE_STORAGE_KEY, dark ? 'dark' : 'light')
    }
    catch {
      // Storage refused (private mode): the choice holds for this page.
    }
    sync()
  })
  sync()
  button.hidden = false
}
