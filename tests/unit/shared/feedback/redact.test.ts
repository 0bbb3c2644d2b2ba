import { describe, expect, it } from 'vitest'
import { REDACTIONS, redact } from '../../../../shared/feedback/redact'

describe('redact', () => {
  it.each([
    ['an e-mail address', 'Invite to ana.lima+work@example.co.uk bounced', 'Invite to [email] bounced'],
    ['an OpenAI project key', 'Invalid API key sk-proj-4fG7hJ2kL9mN3pQ8rS1tU6vW', 'Invalid API key [api key]'],
    ['an Anthropic key', 'key=sk-ant-api03-AbCdEf123456_GhIjKl-789', 'key=[api key]'],
    ['a GitHub token', 'ghp_Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78 was rejected', '[token] was rejected'],
    ['a Slack token', 'xoxb-123456789012-abcdefABCDEF', '[token]'],
    ['an AWS access key id', 'AccessKeyId: AKIAIOSFODNN7EXAMPLE', 'AccessKeyId: [token]'],
    ['a Google API key', 'AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q', '[token]'],
    ['a Stripe key', 'sk_live_51HxYzAbCdEfGh', '[token]'],
    ['a JSON Web Token', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U expired', 'token [token] expired'],
    ['a bearer token', 'Authorization: Bearer 9f8e7d6c5b4aZyXw', 'Authorization: Bearer [token]'],
    ['a password after its name', 'login with password=hunter2 failed', 'login with password=[token] failed'],
    ['a quoted API key after its name', '"api_key": "abc123def456"', '"api_key": "[token]"'],
    ['a macOS home folder', 'cannot read /Users/ana/.openclaw/openclaw.json', 'cannot read /Users/[user]/.openclaw/openclaw.json'],
    ['a Linux home folder', 'ENOENT: /home/joao.silva/.config/multiclaw', 'ENOENT: /home/[user]/.config/multiclaw'],
    ['a Windows home folder', 'C:\\Users\\Ana Maria\\AppData\\Roaming', 'C:\\Users\\[user] Maria\\AppData\\Roaming'],
    ['a Windows home folder in JSON', '"C:\\\\Users\\\\ana\\\\AppData"', '"C:\\\\Users\\\\[user]\\\\AppData"'],
    ['a Windows home folder with slashes', 'c:/users/ana/Desktop', 'c:/users/[user]/Desktop'],
    ['a UUID', 'workspace 3f2504e0-4f89-11d3-9a0c-0305e82c3301 not found', 'workspace [hex] not found'],
    ['a long hex string', 'session 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'session [hex]'],
    ['a long base64 string', 'cert MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7bq/x+Yz== rejected', 'cert [base64] rejected'],
    ['a URL-safe base64 string', 'state=Zm9vYmFyX2Jhel9xdXV4XzEyMzQ1Njc4OTA_-abcDEF', 'state=[base64]'],
  ])('replaces %s', (_, text, expected) => {
    expect(redact(text)).toBe(expected)
  })

  it.each([
    ['a sentence', 'The gateway fails to start after the update'],
    ['an error message with a port', 'Error: listen EADDRINUSE: address already in use 127.0.0.1:18789'],
    ['a path in the home folder written with ~', '~/.openclaw/logs/gateway.log'],
    ['a long system path', '/usr/local/lib/node_modules/openclaw/dist/gateway/server.js'],
    ['a long macOS path without a user', '/Library/Application/Support/MultiClaw2/logs/gateway-2026-11-25T10-00-00Z.log'],
    ['a Windows program path', 'C:\\Program Files\\MultiClaw\\MultiClaw.exe'],
    ['a help center link', '/help/troubleshooting/gateway-fails-to-start#port-conflict'],
    ['a version and a short commit', 'MultiClaw v2.14.3 (build a1b2c3d) on macOS 15.1'],
    ['an error code in capitals', 'ERR_GATEWAY_PORT_ALREADY_IN_USE_AFTER_RESTART_2'],
    ['a long camelCase name', 'TypeError: getWorkspaceMembershipSettingsForCurrentUser2 is not a function'],
    ['"Bearer" in prose', 'Bearer authentication failed'],
    ['a token that expired, in words', 'Invalid token: expired'],
    ['a date and a time', '2026-11-25 10:42:17 UTC'],
    ['a long number', 'request 1732993200000 timed out'],
    ['a words-only key name', 'the sk-learn style keys'],
    ['an at sign without an address', 'npm install @nuxt/content@3 failed'],
    ['the placeholders themselves', '[email] [api key] [token] /Users/[user]/x C:\\Users\\[user]\\x [hex] [base64]'],
  ])('keeps %s', (_, text) => {
    expect(redact(text)).toBe(text)
  })

  it('is idempotent: the server redacts again what the browser redacted', () => {
    const text = 'ana@example.com sk-proj-4fG7hJ2kL9mN3pQ8rS1tU6vW /Users/ana/x password=hunter2 9f86d081884c7d659a2feaa0c55ad015'
    expect(redact(redact(text))).toBe(redact(text))
  })

  it('replaces every occurrence', () => {
    expect(redact('a@b.io and c@d.io')).toBe('[email] and [email]')
  })

  it('names each kind of placeholder it writes', () => {
    expect(new Set(REDACTIONS.map(r => r.name))).toEqual(new Set(['email', 'token', 'api key', 'user', 'hex', 'base64']))
  })
})
