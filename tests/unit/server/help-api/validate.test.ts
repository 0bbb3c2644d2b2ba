import { describe, expect, it } from 'vitest'
import { feedbackSchema, searchGapSchema, validate } from '../../../../server/help-api/validate'

const article = '/help/troubleshooting/gateway-fails-to-start'

describe('feedback', () => {
  it.each([
    { article, helpful: true },
    { article, helpful: false },
    { article, helpful: false, reason: 'steps-did-not-work', note: 'Port 18789 is still busy. a < b' },
    { article, helpful: true, replaces: false },
  ])('accepts %j', (body) => {
    expect(validate(feedbackSchema, body)).toEqual({ ok: true, value: body })
  })

  it.each([
    [null, 'body', 'body must be a JSON object'],
    [[article, true], 'body', 'body must be a JSON object'],
    ['helpful', 'body', 'body must be a JSON object'],
    [{ helpful: true }, 'article', 'article is required'],
    [{ article }, 'helpful', 'helpful is required'],
    [{ article: 7, helpful: true }, 'article', 'article must be text'],
    [{ article, helpful: 'yes' }, 'helpful', 'helpful must be true or false'],
    [{ article: '/help/troubleshooting', helpful: true }, 'article', 'article must be an article path, /help/<category>/<slug>'],
    [{ article: '/help/a/b/../c', helpful: true }, 'article', 'article must be an article path, /help/<category>/<slug>'],
    [{ article: `/help/a/${'b'.repeat(200)}`, helpful: true }, 'article', 'article must be at most 200 characters'],
    [{ article, helpful: false, reason: 'boring' }, 'reason', 'reason must be one of steps-did-not-work, not-my-problem, hard-to-follow, other'],
    [{ article, helpful: true, reason: 'other' }, 'reason', 'reason is only given with "helpful": false'],
    [{ article, helpful: true, note: 'great' }, 'note', 'note is only given with "helpful": false'],
    [{ article, helpful: false, note: 'x'.repeat(501) }, 'note', 'note must be at most 500 characters'],
    [{ article, helpful: false, note: '<script>alert(1)</script>' }, 'note', 'note must be plain text, without HTML tags'],
    [{ article, helpful: false, note: 'see </p> and <!-- x -->' }, 'note', 'note must be plain text, without HTML tags'],
    [{ article, helpful: false, note: 'bell \u0007' }, 'note', 'note must not hold control characters'],
    [{ article, helpful: false, note: 5 }, 'note', 'note must be text'],
    [{ article, helpful: true, replaces: 'yes' }, 'replaces', 'replaces must be true or false'],
    [{ article, helpful: true, ip: '10.0.0.1' }, 'ip', 'ip is not a field of this request'],
  ])('refuses %j, naming %s', (body, field, message) => {
    expect(validate(feedbackSchema, body)).toEqual({ ok: false, field, message })
  })
})

describe('search gaps', () => {
  it('accepts a query, with or without where it was typed', () => {
    expect(validate(searchGapSchema, { query: 'quota' })).toEqual({ ok: true, value: { query: 'quota' } })
    expect(validate(searchGapSchema, { query: 'quota', source: 'page' })).toEqual({ ok: true, value: { query: 'quota', source: 'page' } })
  })

  it.each([
    [{}, 'query', 'query is required'],
    [{ query: '  ' }, 'query', 'query must not be empty'],
    [{ query: 42 }, 'query', 'query must be text'],
    [{ query: 'q'.repeat(201) }, 'query', 'query must be at most 200 characters'],
    [{ query: '<img src=x onerror=alert(1)>' }, 'query', 'query must be plain text, without HTML tags'],
    [{ query: 'quota', source: 'email' }, 'source', 'source must be one of dialog, page'],
    [{ query: 'quota', page: '/help' }, 'page', 'page is not a field of this request'],
  ])('refuses %j, naming %s', (body, field, message) => {
    expect(validate(searchGapSchema, body)).toEqual({ ok: false, field, message })
  })
})
