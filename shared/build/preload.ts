/**
 * Resource hints for the client build (`build:manifest`): what a prerendered
 * page asks the browser to download before it needs it.
 */

/** The part of a Vite/Nuxt manifest chunk the hints depend on. */
export interface ManifestChunk {
  src?: string
  file?: string
  imports?: string[]
  preload?: boolean
  prefetch?: boolean
}

/**
 * Components that only render inside article bodies: the Markdown (prose)
 * components, registered globally so the Markdown renderer finds them by name.
 * Article bodies never hydrate, so a page never runs these on load.
 */
export const isBodyComponent = (id: string) =>
  /(?:^|\/)components\/(?:prose|content)\/[^/]+\.vue$/.test(id)

/**
 * No `<link rel="prefetch">` for chunks a page may never use (search, other
 * pages): they cost a reader on a slow connection bandwidth they did not ask
 * for. No `<link rel="modulepreload">` for body components or, through them,
 * their dependencies: a dependency that hydrating code needs is still
 * preloaded through that code's own imports.
 */
export function trimResourceHints(manifest: Record<string, ManifestChunk>): void {
  for (const [id, chunk] of Object.entries(manifest)) {
    chunk.prefetch = false
    if (isBodyComponent(chunk.src ?? id)) {
      chunk.preload = false
      chunk.imports = []
    }
  }
}
