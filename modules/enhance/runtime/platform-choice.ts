import type { Platform } from '#shared/utils/platforms'
import { isPlatform } from '#shared/utils/platforms'

/** Where the reader's last explicit choice of platform is kept on this device. */
export const PLATFORM_STORAGE_KEY = 'help-platform'

/** `?os=windows` → `windows`; anything that is not exactly one of the platforms is ignored. */
export function platformFromQuery(search: string): Platform | null {
  const value = new URLSearchParams(search).get('os')
  return isPlatform(value) ? value : null
}

/** What the browser tells about the computer it runs on. */
export interface BrowserPlatform {
  userAgentData?: { platform?: string }
  platform?: string
  userAgent?: string
}

const NOT_A_DESKTOP = /android|cros|chrome os|iphone|ipad|ipod|\bios\b/i

/**
 * The reader's platform as the browser reports it: the client hint
 * (`navigator.userAgentData.platform`, Chromium), else the user agent, else
 * the older `navigator.platform`. Phones, tablets and ChromeOS run none of the
 * three (Android and ChromeOS also say "Linux"): `null`.
 */
export function platformFromBrowser(browser: BrowserPlatform): Platform | null {
  const hints = [browser.userAgentData?.platform, browser.userAgent, browser.platform].filter(Boolean) as string[]
  if (hints.some(hint => NOT_A_DESKTOP.test(hint))) return null
  for (const hint of hints) {
    if (/^mac|macintosh|mac os x/i.test(hint)) return 'mac'
    if (/^win|windows/i.test(hint)) return 'windows'
    if (/linux|x11/i.test(hint)) return 'linux'
  }
  return null
}

/**
 * Which platform the page opens on: the address's `?os=` (the desktop app
 * links with it), then the reader's last explicit choice, then the platform
 * the browser reports; `null` when none is known (each block then shows its
 * first panel).
 */
export function choosePlatform(choices: { query: Platform | null, stored: unknown, browser: Platform | null }): Platform | null {
  return choices.query ?? (isPlatform(choices.stored) ? choices.stored : null) ?? choices.browser
}
