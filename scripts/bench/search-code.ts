/**
 * What the browser downloads on the real site from the moment the reader presses
 * `Ctrl+K` on an article until the first result shows: code (gzip, as served) and index files.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const PORT = 4391

export async function measureSearchCode(query = 'gateway'): Promise<{ codeBytes: number, indexBytes: number, files: number } | null> {
  if (!existsSync('.output/public/help/index.html')) return null
  const server = spawn(process.execPath, ['scripts/serve.mjs', '.output/public', '--port', String(PORT)], { stdio: 'ignore' })
  await new Promise(resolve => setTimeout(resolve, 500))
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${PORT}/help/troubleshooting/chat-messages-not-sending`, { waitUntil: 'networkidle' })
    let codeBytes = 0
    let indexBytes = 0
    let files = 0
    let firstResultShown = false
    // The static server always sends content-length (of the gzipped body when compressed).
    page.on('response', (response) => {
      if (firstResultShown) return
      const size = Number(response.headers()['content-length'] ?? 0)
      files++
      if (response.url().includes('/search-index/')) indexBytes += size
      else codeBytes += size
    })
    await page.keyboard.press('Control+k')
    await page.getByRole('dialog').getByRole('textbox').fill(query)
    await page.getByRole('dialog').getByRole('option').first().waitFor()
    firstResultShown = true
    return { codeBytes, indexBytes, files }
  }
  finally {
    await browser.close()
    server.kill()
  }
}
