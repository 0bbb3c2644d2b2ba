import type { HelpApiConfig } from './config'
import { helpApiConfig } from './config'
import type { RateLimiter } from './rate-limit'
import { createRateLimiter } from './rate-limit'
import type { HelpStore } from './store'
import { openHelpStore } from './store'

let config: HelpApiConfig | undefined
let limiter: RateLimiter | undefined
let store: Promise<HelpStore> | undefined

/** The settings, read from the environment once, when the server first needs them. */
export const useHelpApiConfig = () => (config ??= helpApiConfig())

export const useRateLimiter = () => (limiter ??= createRateLimiter(useHelpApiConfig().rateLimit))

/** The database, opened on first use; a failed connection is tried again by the next request. */
export function useHelpStore(): Promise<HelpStore> {
  store ??= openHelpStore(useHelpApiConfig().database).catch((error) => {
    store = undefined
    throw error
  })
  return store
}

export async function closeHelpStore(): Promise<void> {
  const open = store
  store = undefined
  await (await open?.catch(() => undefined))?.close()
}
