import { defineNuxtModule } from '@nuxt/kit'
import type { Component } from 'nuxt/schema'

/**
 * The components an article may write in Markdown (`::callout`, `::platforms`),
 * by tag, with the component that renders each (components/content/).
 */
export const ARTICLE_COMPONENTS = { callout: 'Callout', platforms: 'Platforms' } as const

/**
 * The Prose components an article renders: Markdown's own elements (ours in
 * components/content/ where they differ, else Nuxt UI's), and the box behind
 * `::callout`.
 */
export const ARTICLE_PROSE = new Set([
  'ProseA', 'ProseBlockquote', 'ProseCallout', 'ProseCode', 'ProseEm', 'ProseH1', 'ProseH2', 'ProseH3', 'ProseH4',
  'ProseH5', 'ProseH6', 'ProseHr', 'ProseImg', 'ProseLi', 'ProseOl', 'ProseP', 'ProsePre', 'ProseScript', 'ProseStrong',
  'ProseTable', 'ProseTbody', 'ProseTd', 'ProseTh', 'ProseThead', 'ProseTr', 'ProseUl',
])

/**
 * Leaves out of `components` (in place) every Prose component an article does
 * not render. Throws when one that it does render is not registered: a renamed
 * component would otherwise leave its elements unstyled without a word.
 */
export function keepArticleProse(components: Component[]): void {
  const missing = [...ARTICLE_PROSE].filter(name => !components.some(component => component.pascalName === name))
  if (missing.length) {
    throw new Error(`article-components: ${missing.join(', ')} not registered; check ARTICLE_PROSE in modules/article-components.ts against the installed @nuxt/ui (docs/UPGRADING.md)`)
  }
  for (let i = components.length - 1; i >= 0; i--) {
    const name = components[i]!.pascalName
    if (name.startsWith('Prose') && !ARTICLE_PROSE.has(name)) components.splice(i, 1)
  }
}

/**
 * Nuxt UI registers a Prose component for every Markdown component it offers
 * (tabs, accordions, cards, steps, code groups…). They need the Vue runtime in
 * the browser, which these pages do not ship, and articles do not use them
 * (content/README.md; modules/content-checks fails the build on one), yet every
 * one of them went through the server build and the prerenderer's bundle: a
 * third of that code. `components:extend` is Nuxt's hook for changing the
 * component registry.
 */
export default defineNuxtModule({
  meta: { name: 'article-components' },
  setup(_, nuxt) {
    nuxt.hook('components:extend', keepArticleProse)
  },
})
