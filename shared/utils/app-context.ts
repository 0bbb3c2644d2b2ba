import { isPlatform } from './platforms'

/**
 * What the desktop app may add to any help URL: `?os=mac|windows|linux` (the
 * reader's platform, one of shared/utils/platforms.ts) and `?app=<version>`.
 * Both are optional; a value that is not valid is dropped, never an error.
 */

/** A version as the app writes it: `2.4`, `2.4.1`, `2.4.1-beta.2`, `2.4.1+build.7`. */
export const APP_VERSION = /^\d{1,4}(?:\.\d{1,6}){0,3}(?:[-+][0-9A-Za-z.-]{1,40})?$/

/** The valid context parameters of a query string, in a fixed order. */
export function appContext(search: string | URLSearchParams): URLSearchParams {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search
  const context = new URLSearchParams()
  const os = query.get('os')
  const app = query.get('app')
  if (isPlatform(os)) context.set('os', os)
  if (app && APP_VERSION.test(app)) context.set('app', app)
  return context
}
