import { test as base, expect } from '@playwright/test'

interface PageProblemOptions {
  /** The hostile-HTML fixture links a missing image on purpose. */
  allowBrokenImages: boolean
}

/**
 * Every page test also fails on a JavaScript error, a console error, a failed
 * request, a dialog (`alert`), or a request to any origin other than the site's own.
 */
export const test = base.extend<PageProblemOptions & { pageProblems: string[] }>({
  allowBrokenImages: [false, { option: true }],
  pageProblems: [async ({ page, baseURL, allowBrokenImages }, use) => {
    const problems: string[] = []
    const origin = new URL(baseURL!).origin
    page.on('pageerror', error => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      // Failed loads are reported, with their URL, by the response handler below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(`console error: ${message.text()}`)
      }
    })
    page.on('response', (response) => {
      if (response.status() < 400) return
      const request = response.request()
      // A 404 page is expected to answer 404; the tests that open one check it.
      if (request.isNavigationRequest() && response.status() === 404) return
      if (allowBrokenImages && request.resourceType() === 'image') return
      problems.push(`HTTP ${response.status()}: ${response.url()}`)
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
    expect(problems, 'errors, failed requests, dialogs or foreign requests on the page').toEqual([])
  }, { auto: true }],
})

export { expect }

export const articleUrl = (slug: string, category = 'troubleshooting') => `/help/${category}/${slug}`
