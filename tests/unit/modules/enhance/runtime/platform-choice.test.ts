import { describe, expect, it } from 'vitest'
import { choosePlatform, platformFromBrowser, platformFromQuery } from '../../../../../modules/enhance/runtime/platform-choice'

// Real user agents of each system's browsers.
const UA = {
  windowsChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ubuntuFirefox: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  androidChrome: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  iphoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  chromeOs: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
}

describe('platformFromQuery', () => {
  it('reads ?os= when it names a platform exactly', () => {
    expect(platformFromQuery('?os=mac')).toBe('mac')
    expect(platformFromQuery('?q=port&os=windows')).toBe('windows')
    expect(platformFromQuery('?os=linux')).toBe('linux')
  })

  it('ignores anything else', () => {
    for (const search of ['', '?os=', '?os=macos', '?os=Windows', '?os=<script>', '?os=linux%00', '?OS=linux', '?os=__proto__']) {
      expect(platformFromQuery(search), search).toBeNull()
    }
  })
})

describe('platformFromBrowser', () => {
  it('trusts the client hint first', () => {
    expect(platformFromBrowser({ userAgentData: { platform: 'Windows' }, platform: 'Linux x86_64', userAgent: UA.linuxFirefox })).toBe('windows')
    expect(platformFromBrowser({ userAgentData: { platform: 'macOS' }, userAgent: UA.macSafari })).toBe('mac')
    expect(platformFromBrowser({ userAgentData: { platform: 'Linux' }, userAgent: UA.linuxFirefox })).toBe('linux')
  })

  it('reads the user agent when there is no client hint (Safari, Firefox)', () => {
    expect(platformFromBrowser({ userAgent: UA.windowsChrome, platform: 'Win32' })).toBe('windows')
    expect(platformFromBrowser({ userAgentData: { platform: '' }, userAgent: UA.macSafari, platform: 'MacIntel' })).toBe('mac')
    expect(platformFromBrowser({ userAgent: UA.linuxFirefox, platform: 'Linux x86_64' })).toBe('linux')
    expect(platformFromBrowser({ userAgent: UA.ubuntuFirefox })).toBe('linux')
  })

  it('falls back to navigator.platform', () => {
    expect(platformFromBrowser({ platform: 'Win32' })).toBe('windows')
    expect(platformFromBrowser({ platform: 'MacIntel' })).toBe('mac')
    expect(platformFromBrowser({ platform: 'Linux x86_64' })).toBe('linux')
  })

  it('knows no platform for phones, tablets and ChromeOS, which run none of the three', () => {
    expect(platformFromBrowser({ userAgentData: { platform: 'Android' }, platform: 'Linux armv81', userAgent: UA.androidChrome })).toBeNull()
    expect(platformFromBrowser({ platform: 'Linux armv8l', userAgent: UA.androidChrome })).toBeNull()
    expect(platformFromBrowser({ platform: 'iPhone', userAgent: UA.iphoneSafari })).toBeNull()
    expect(platformFromBrowser({ userAgentData: { platform: 'Chrome OS' }, userAgent: UA.chromeOs })).toBeNull()
    expect(platformFromBrowser({})).toBeNull()
  })
})

describe('choosePlatform', () => {
  it('puts the address first, then the remembered choice, then the browser', () => {
    expect(choosePlatform({ query: 'linux', stored: 'mac', browser: 'windows' })).toBe('linux')
    expect(choosePlatform({ query: null, stored: 'mac', browser: 'windows' })).toBe('mac')
    expect(choosePlatform({ query: null, stored: null, browser: 'windows' })).toBe('windows')
    expect(choosePlatform({ query: null, stored: null, browser: null })).toBeNull()
  })

  it('ignores a remembered value that is not a platform', () => {
    expect(choosePlatform({ query: null, stored: 'beos', browser: 'linux' })).toBe('linux')
    expect(choosePlatform({ query: null, stored: '', browser: null })).toBeNull()
  })
})
