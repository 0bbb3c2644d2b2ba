import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HelpServer } from './server'
import { send, SERVER_OUTPUT, startHelpServer } from './server'

// `npm run build` against `npm run generate`: the same prerendered pages, plus the API.
const ROOT = resolve(import.meta.dirname, '../..')
const STATIC_SITE = join(ROOT, '.output/public')
const SERVER_SITE = join(ROOT, SERVER_OUTPUT, 'public')
const MARK = ' data-help-api=""'

const htmlFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.html')).sort()

describe('the server build', () => {
  it('prerenders the same pages as the static site, each marked as served with the help API and otherwise the same', () => {
    // 200.html is the static host's fallback for client-rendered routes; a server renders those itself.
    const pages = htmlFiles(STATIC_SITE).filter(file => file !== '200.html')
    expect(pages.length).toBeGreaterThan(30)
    expect(htmlFiles(SERVER_SITE)).toEqual(pages)
    for (const page of pages) {
      const served = readFileSync(join(SERVER_SITE, page), 'utf8')
      // Every page with the page script (not the pages at old URLs, which only forward).
      if (served.includes('/_enhance/page-')) expect(served, page).toMatch(/^<!DOCTYPE html><html {2}lang="en" data-help-api="">/)
      expect(served.replace(MARK, ''), page).toBe(readFileSync(join(STATIC_SITE, page), 'utf8'))
    }
  })

  it('leaves the static site as it was: no mark on any page, no server, no API', () => {
    for (const page of htmlFiles(STATIC_SITE)) expect(readFileSync(join(STATIC_SITE, page), 'utf8'), page).not.toContain('data-help-api')
    expect(existsSync(join(ROOT, '.output/server'))).toBe(false)
    expect(readdirSync(join(STATIC_SITE, 'help/api'))).toEqual(['v1'])
  })

  describe('served by `npm start`', () => {
    let server: HelpServer
    beforeAll(async () => {
      server = await startHelpServer({ DATABASE_URL: '', HELP_DATABASE_PATH: join(ROOT, SERVER_OUTPUT, 'served-test.sqlite') })
    })
    afterAll(() => server?.stop())

    it('serves the prerendered pages and files', async () => {
      for (const [path, file] of [['/help', 'help/index.html'], ['/help/troubleshooting/gateway-fails-to-start', 'help/troubleshooting/gateway-fails-to-start/index.html']]) {
        const answer = await send(`${server.origin}${path}`)
        expect(answer.status, path).toBe(200)
        expect(answer.text, path).toBe(readFileSync(join(SERVER_SITE, file!), 'utf8'))
      }
      expect((await send(`${server.origin}/help/troubleshooting/gateway-fails-to-start.md`)).text).toContain('# Gateway fails to start')
      expect((await send(`${server.origin}/robots.txt`)).status).toBe(200)
    })

    it('answers an unknown page with the not-found page and 404, under the same policy as every page', async () => {
      for (const path of ['/help/gateway-wont-start', '/help/troubleshooting/no-such-article', '/no-such-page']) {
        const answer = await send(`${server.origin}${path}`, { headers: { accept: 'text/html' } })
        expect(answer.status, path).toBe(404)
        expect(answer.text, path).toContain('Page not found')
        expect(answer.text, path).toMatch(/^<!DOCTYPE html><html[^>]*><head[^>]*><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/)
      }
    })
  })
})
