import { describe, expect, it } from 'vitest'
import { isBodyComponent, trimResourceHints } from '../../../../shared/build/preload'

describe('trimResourceHints', () => {
  it('prefetches nothing and preloads no Markdown component or its imports', () => {
    const manifest = {
      'app.vue': { src: 'app.vue', file: 'entry.js', imports: ['vue.js'], preload: true, prefetch: true },
      'components/prose/ProsePre.vue': { src: 'node_modules/@nuxt/ui/dist/runtime/components/prose/ProsePre.vue', imports: ['tw-merge.js'], preload: true, prefetch: true },
      'components/content/Callout.vue': { src: 'components/content/Callout.vue', imports: ['icon.js'], preload: true },
    }
    trimResourceHints(manifest)
    expect(manifest['app.vue']).toMatchObject({ preload: true, prefetch: false, imports: ['vue.js'] })
    expect(manifest['components/prose/ProsePre.vue']).toMatchObject({ preload: false, prefetch: false, imports: [] })
    expect(manifest['components/content/Callout.vue']).toMatchObject({ preload: false, imports: [] })
  })

  it('tells Markdown components from the others', () => {
    expect(isBodyComponent('components/content/ProseA.vue')).toBe(true)
    expect(isBodyComponent('components/ContentSearch.vue')).toBe(false)
    expect(isBodyComponent('components/contents/Page.vue')).toBe(false)
  })
})
