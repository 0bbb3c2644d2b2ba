import type { Component } from 'nuxt/schema'
import { describe, expect, it } from 'vitest'
import { ARTICLE_PROSE, keepArticleProse } from '../../../modules/article-components'

const component = (pascalName: string) => ({ pascalName, kebabName: pascalName, filePath: `/ui/${pascalName}.vue` }) as Component

describe('keepArticleProse', () => {
  it('leaves out the Prose components articles do not render, and nothing else', () => {
    const components = [...ARTICLE_PROSE, 'ProseTabs', 'ProseAccordion', 'UButton', 'HelpSearchForm'].map(component)
    keepArticleProse(components)
    expect(components.map(c => c.pascalName).sort()).toEqual([...ARTICLE_PROSE, 'UButton', 'HelpSearchForm'].sort())
  })

  it('fails the build, naming them, when Prose components articles render are not registered', () => {
    const components = [...ARTICLE_PROSE].filter(name => name !== 'ProseCallout' && name !== 'ProseTable').map(component)
    expect(() => keepArticleProse(components)).toThrow(/ProseCallout, ProseTable not registered.*docs\/UPGRADING\.md/)
  })
})
