import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import { articleUrl, expect, test } from './fixtures'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

const PAGES = ['/help', '/help/troubleshooting', articleUrl('chat-messages-not-sending'), articleUrl('gateway-file-locations', 'gateway'), articleUrl('change-the-gateway-port', 'gateway'), '/help/search?q=gateway', '/help/no-such-page']

/** axe's serious and critical findings on the page as it is now: rule, then the elements at fault. */
async function seriousProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string, impact: string, nodes: Array<{ target: string[] }> }> }> } }).axe
    return (await axe.run()).violations
  })
  return violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`${colorScheme}, ${width} px`, () => {
      // axe is injected as a script of its own, which the pages' policy rightly refuses.
      test.use({ colorScheme, viewport: { width, height: 800 }, bypassCSP: true })

      test('axe finds no serious or critical problem on any kind of page, nor in the open search dialog', async ({ page }) => {
        for (const path of PAGES) {
          await page.goto(path)
          await page.locator('[data-search-button][data-search-ready]').waitFor()
          if (path.includes('?q=')) await page.locator('[data-search-results] a').first().waitFor()
          expect(await seriousProblems(page), path).toEqual([])
        }
        await page.keyboard.press('Control+K')
        const dialog = page.getByRole('dialog', { name: 'Search the help center' })
        await dialog.getByRole('textbox').fill('gateway')
        await expect(dialog.getByRole('option').first()).toBeVisible()
        expect(await seriousProblems(page), 'search dialog').toEqual([])
      })

      test('axe finds no serious or critical problem in "Was this helpful?" once No is pressed', async ({ page }) => {
        await page.goto(articleUrl('gateway-fails-to-start'))
        const widget = page.getByRole('region', { name: 'Was this helpful?' })
        await widget.getByRole('button', { name: 'No' }).click()
        await widget.getByRole('radio', { name: 'It was hard to follow' }).check()
        expect(await seriousProblems(page), 'feedback').toEqual([])
      })
    })
  }
}
