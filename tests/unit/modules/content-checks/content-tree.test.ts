import { describe, expect, it } from 'vitest'
import { listContentTree, parseArticleFile, parseCategoryFile } from '../../../../modules/content-checks/content-tree'

describe('parseArticleFile', () => {
  it('reads category, order, slug and URL', () => {
    expect(parseArticleFile('help/gateway/02.change-the-gateway-port.md')).toEqual({
      category: 'gateway',
      order: 2,
      slug: 'change-the-gateway-port',
      url: '/help/gateway/change-the-gateway-port',
    })
  })

  it.each([
    'help/gateway/change-the-port.md',
    'help/01.top-level.md',
    'help/gateway/deep/01.nested.md',
    'help/gateway/01.Change Port.md',
    'help/gateway/01.change-port.markdown',
  ])('rejects %s', (file) => {
    expect(parseArticleFile(file)).toBeNull()
  })
})

describe('parseCategoryFile', () => {
  it('reads the category of categories/<category>.yml only', () => {
    expect(parseCategoryFile('categories/account-workspace.yml')).toBe('account-workspace')
    expect(parseCategoryFile('categories/gateway.yaml')).toBeNull()
  })
})

describe('listContentTree', () => {
  it('lists the help and category files of the content folder', () => {
    const tree = listContentTree('content')
    expect(tree.categoryFiles).toContain('categories/gateway.yml')
    expect(tree.helpFiles).toContain('help/troubleshooting/02.gateway-fails-to-start.md')
    expect(tree.helpFiles.every(file => file.startsWith('help/'))).toBe(true)
  })
})
