import { test as base, expect } from '@playwright/test'

/**
 * Every page test also fails on a JavaScript error, a console error, or a
 * request to any origin other than the site's own.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [async ({ page, baseURL }, use) => {
    const problems: string[] = []
    const origin = new URL(baseURL!).origin
    // A 404 page is expected to report its own status; nothing else may fail.
    const notFoundDocuments = new Set<string>()
    page.on('response', (response) => {
      if (response.request().isNavigationRequest() && response.status() === 404) notFoundDocuments.add(response.url())
    })
    page.on('pageerror', error => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      if (message.text().startsWith('Failed to load resource') && notFoundDocuments.has(message.location().url)) return
      problems.push(`console error: ${message.text()}`)
    })
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
        problems.push(`foreign request: ${request.url()}`)
      }
    })
    page.on('dialog', (dialog) => {
      problems.push(`dialog opened: ${dialog.message()}`)
      void dialog.dismiss()
    })
    await use(problems)
    expect(problems, 'errors, dialogs or foreign requests on the page').toEqual([])
  }, { auto: true }],
})

export { expect }

export const articleUrl = (slug: string, category = 'troubleshooting') => `/help/${category}/${slug}`
