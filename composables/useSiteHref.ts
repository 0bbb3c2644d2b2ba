import { joinURL } from 'ufo'

/** A site path (`/help/gateway`) → the link to it where the site is served (`/support/help/gateway` under a sub-path). */
export function useSiteHref(): (path: string) => string {
  const { baseURL } = useRuntimeConfig().app
  return path => joinURL(baseURL, path)
}
