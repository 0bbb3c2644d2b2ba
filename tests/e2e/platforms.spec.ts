import type { Page } from '@playwright/test'
import { articleUrl, expect, test } from './fixtures'

// An article with two `::platforms` blocks, each with macOS, Windows and Linux panels.
const ARTICLE = articleUrl('change-the-gateway-port', 'gateway')
const BLOCKS = '[data-platforms]'
const USER_AGENTS = {
  windows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  linux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
}

// Unless a test says otherwise, the reader is on Linux. Chromium derives its client hint
// (`navigator.userAgentData.platform`) from the user agent; `navigator.platform` is made to agree.
test.use({ userAgent: USER_AGENTS.linux })
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const platform = navigator.userAgent.includes('Windows') ? 'Win32' : 'Linux x86_64'
    Object.defineProperty(Navigator.prototype, 'platform', { get: () => platform })
  })
})

/** The platform each block of the page shows, once the page script has made its tabs. */
async function shownPlatforms(page: Page): Promise<string[]> {
  const blocks = page.locator(BLOCKS)
  await expect(blocks.first().getByRole('tablist')).toBeVisible()
  const shown: string[] = []
  for (const block of await blocks.all()) {
    const visible = block.locator('[data-platform]:visible')
    await expect(visible).toHaveCount(1)
    shown.push((await visible.getAttribute('data-platform'))!)
  }
  return shown
}

test.describe('on a Windows computer', () => {
  test.use({ userAgent: USER_AGENTS.windows })

  test('every block opens on the Windows steps', async ({ page }) => {
    await page.goto(ARTICLE)
    expect(await shownPlatforms(page)).toEqual(['windows', 'windows'])
    const first = page.locator(BLOCKS).first()
    await expect(first.getByRole('tab', { name: 'Windows' })).toHaveAttribute('aria-selected', 'true')
    await expect(first.getByRole('tabpanel', { name: 'Windows' })).toContainText('netstat -ano | findstr :18789')
    await expect(first.getByText('lsof -i :18789')).toBeHidden()
  })

  test('?os=linux in the address wins over the browser; an unknown ?os= is ignored', async ({ page }) => {
    await page.goto(`${ARTICLE}?os=linux`)
    expect(await shownPlatforms(page)).toEqual(['linux', 'linux'])
    await expect(page.locator(BLOCKS).first().getByRole('tab', { name: 'Linux' })).toHaveAttribute('aria-selected', 'true')
    await page.goto(`${ARTICLE}?os=beos`)
    expect(await shownPlatforms(page)).toEqual(['windows', 'windows'])
  })
})

test('a click on a tab switches every block of the page, and the choice survives a reload', async ({ page }) => {
  await page.goto(ARTICLE)
  expect(await shownPlatforms(page)).toEqual(['linux', 'linux'])
  const second = page.locator(BLOCKS).nth(1)
  await second.scrollIntoViewIfNeeded()
  const tab = second.getByRole('tab', { name: 'macOS' })
  const top = (await tab.boundingBox())!.y
  await tab.click()
  expect(await shownPlatforms(page)).toEqual(['mac', 'mac'])
  await expect(second.getByRole('tabpanel', { name: 'macOS' })).toContainText('TextEdit')
  // The block above changed height; the tab that was clicked stays where it was.
  expect(Math.abs((await tab.boundingBox())!.y - top)).toBeLessThan(2)
  await page.reload()
  expect(await shownPlatforms(page)).toEqual(['mac', 'mac'])
})

test('a click also replaces the address\'s ?os=, so a reload keeps the reader\'s choice', async ({ page }) => {
  await page.goto(`${ARTICLE}?os=windows`)
  await page.locator(BLOCKS).first().getByRole('tab', { name: 'Linux' }).click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`))
  await page.reload()
  expect(await shownPlatforms(page)).toEqual(['linux', 'linux'])
})

test('the tabs follow the WAI-ARIA tabs pattern: one Tab stop, arrow keys, Home and End', async ({ page }) => {
  await page.goto(ARTICLE)
  const block = page.locator(BLOCKS).first()
  const tabs = block.getByRole('tab')
  await expect(tabs).toHaveText(['macOS', 'Windows', 'Linux'])
  await expect(block.getByRole('tablist')).toHaveAccessibleName('Operating system')
  await block.getByRole('tab', { name: 'Linux' }).focus()
  // The chosen tab is the only one in the Tab order.
  expect(await tabs.evaluateAll(els => els.map(el => (el as HTMLElement).tabIndex))).toEqual([-1, -1, 0])

  await page.keyboard.press('ArrowRight')
  await expect(block.getByRole('tab', { name: 'macOS' })).toBeFocused()
  await expect(block.getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true')
  await expect(block.getByRole('tabpanel', { name: 'macOS' })).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(block.getByRole('tab', { name: 'Linux' })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(block.getByRole('tab', { name: 'macOS' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(block.getByRole('tab', { name: 'Linux' })).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(block.getByRole('tab', { name: 'Windows' })).toHaveAttribute('aria-selected', 'true')
  expect(await shownPlatforms(page)).toEqual(['windows', 'windows'])

  // Tab leaves the tabs for the panel, which is labelled by its tab.
  await page.keyboard.press('Tab')
  const panel = block.getByRole('tabpanel', { name: 'Windows' })
  await expect(panel).toBeFocused()
  await expect(block.getByRole('tab', { name: 'Windows' })).toHaveAttribute('aria-controls', (await panel.getAttribute('id'))!)
})

test('an address ending in a panel\'s anchor opens that panel and scrolls to it; a section\'s anchor still works', async ({ page }) => {
  await page.goto(`${ARTICLE}#change-the-port-windows`)
  const panel = page.locator('#change-the-port-windows')
  await expect(panel).toBeVisible()
  await expect(panel).toBeInViewport()
  await expect(panel).toHaveAttribute('data-platform', 'windows')
  expect(await shownPlatforms(page)).toEqual(['windows', 'windows'])

  // A link to another panel on the same page, as search results are.
  await page.evaluate(() => (window.location.hash = '#check-whether-the-port-is-in-use-mac'))
  await expect(page.locator('#check-whether-the-port-is-in-use-mac')).toBeInViewport()
  expect(await shownPlatforms(page)).toEqual(['mac', 'mac'])

  await page.goto(`${ARTICLE}#change-the-port`)
  await expect(page.locator('h2#change-the-port')).toBeInViewport()
})

test('search finds a platform\'s steps and opens their panel', async ({ page }) => {
  await page.goto('/help')
  await page.locator('[data-search-button][data-search-ready]').waitFor()
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: 'Search the help center' })
  await dialog.getByRole('textbox').fill('netstat')
  const option = dialog.getByRole('option').filter({ hasText: 'Check whether the port is in use (Windows)' })
  await expect(option).toBeVisible()
  await option.click()
  await expect(page).toHaveURL(`${ARTICLE}#check-whether-the-port-is-in-use-windows`)
  await expect(page.locator('#check-whether-the-port-is-in-use-windows')).toBeInViewport()
})

test('print shows every panel under its platform\'s name, without the tabs', async ({ page }) => {
  await page.goto(ARTICLE)
  await expect(page.locator(BLOCKS).first().getByRole('tablist')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  const panels = page.locator(`${BLOCKS} [data-platform]`)
  await expect(panels).toHaveCount(6)
  for (const panel of await panels.all()) await expect(panel).toBeVisible()
  await expect(page.locator(`${BLOCKS} [data-platform-name]:visible`)).toHaveText(['macOS', 'Windows', 'Linux', 'macOS', 'Windows', 'Linux'])
  await expect(page.getByRole('tablist')).toHaveCount(0)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  test('the three tabs fit the width and switch the panels', async ({ page }) => {
    await page.goto(ARTICLE)
    const list = page.locator(BLOCKS).first().getByRole('tablist')
    await expect(list).toBeVisible()
    expect(await list.evaluate(el => el.scrollWidth <= el.clientWidth)).toBe(true)
    await list.getByRole('tab', { name: 'Windows' }).click()
    expect(await shownPlatforms(page)).toEqual(['windows', 'windows'])
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every panel shows, one after another, under its platform\'s name', async ({ page }) => {
    await page.goto(ARTICLE)
    await expect(page.getByRole('tab')).toHaveCount(0)
    const panels = page.locator(`${BLOCKS} [data-platform]`)
    await expect(panels).toHaveCount(6)
    for (const panel of await panels.all()) await expect(panel).toBeVisible()
    await expect(page.locator(`${BLOCKS} [data-platform-name]`)).toHaveText(['macOS', 'Windows', 'Linux', 'macOS', 'Windows', 'Linux'])
    await expect(page.locator('#check-whether-the-port-is-in-use-windows')).toContainText('netstat -ano | findstr :18789')
  })

  test('a panel\'s anchor scrolls to its steps', async ({ page }) => {
    await page.goto(`${ARTICLE}#change-the-port-linux`)
    await expect(page.locator('#change-the-port-linux')).toBeInViewport()
  })

  test('code blocks have no copy button, which could not work', async ({ page }) => {
    await page.goto(ARTICLE)
    await expect(page.locator('[data-code-block]').first()).toBeVisible()
    await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0)
  })
})

test.describe('copying code', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('the Copy button copies the code, by click or by keyboard, and says "Copied"', async ({ page }) => {
    await page.goto(ARTICLE)
    const panel = page.locator(BLOCKS).first().getByRole('tabpanel', { name: 'Linux' })
    const button = panel.getByRole('button', { name: 'Copy code' })
    await button.click()
    await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible()
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('ss -ltnp \'sport = :18789\'')

    await page.locator(BLOCKS).first().getByRole('tab', { name: 'Windows' }).click()
    const windowsButton = page.locator(BLOCKS).first().getByRole('tabpanel', { name: 'Windows' }).getByRole('button', { name: 'Copy code' })
    await windowsButton.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('netstat -ano | findstr :18789')
  })
})
