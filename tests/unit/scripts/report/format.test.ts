import { describe, expect, it } from 'vitest'
import { reportHtml, reportJson, reportText } from '../../../../scripts/report/format'
import type { HelpReport } from '../../../../scripts/report/load'

const report: HelpReport = {
  since: '2026-10-27',
  days: 30,
  articles: [
    { article: '/help/troubleshooting/gateway-fails-to-start', yes: 1, no: 3, helpfulRate: 0.25, reasons: { 'steps-did-not-work': 2, 'other': 1 }, notes: ['<script>alert("note")</script> & more'] },
    { article: '/help/gateway/change-the-gateway-port', yes: 4, no: 0, helpfulRate: 1, reasons: {}, notes: [] },
  ],
  gaps: [{ query: '<img src=x onerror=alert(1)>', count: 3 }, { query: 'proxy pac', count: 1 }],
}

describe('reportText', () => {
  it('lists articles with their rate, counts and reasons, then the searches that found nothing', () => {
    const text = reportText(report)
    expect(text).toContain('since 2026-10-27 (the last 30 days)')
    expect(text).toMatch(/ {5}25% {5}1 {5}3 {2}\/help\/troubleshooting\/gateway-fails-to-start {2}steps-did-not-work 2, other 1/)
    expect(text).toContain('“<script>alert("note")</script> & more”')
    expect(text).toMatch(/ {4}3 {2}<img src=x onerror=alert\(1\)>\n/)
    expect(text.indexOf('gateway-fails-to-start')).toBeLessThan(text.indexOf('change-the-gateway-port'))
  })

  it('says when there is nothing yet', () => {
    expect(reportText({ ...report, articles: [], gaps: [] })).toContain('no answers yet')
  })
})

describe('reportJson', () => {
  it('has the articles and the gaps scripts read', () => {
    const json = JSON.parse(reportJson(report))
    expect(json.articles[0]).toMatchObject({ article: '/help/troubleshooting/gateway-fails-to-start', yes: 1, no: 3, reasons: { 'steps-did-not-work': 2, 'other': 1 } })
    expect(json.gaps).toEqual([{ query: '<img src=x onerror=alert(1)>', count: 3 }, { query: 'proxy pac', count: 1 }])
  })
})

describe('reportHtml', () => {
  const html = reportHtml(report)

  it('shows every stored text as text: no tag from a note or a query survives', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt; &amp; more')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toMatch(/<script|<img/i)
  })

  it('is one page with nothing from outside: inline style, no script, a policy that allows nothing else', () => {
    expect(html).not.toMatch(/<(?:link|a|img|iframe|script)\b/i)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
  })

  it('draws a bar per article as wide as its helpful rate', () => {
    expect(html).toContain('aria-label="25% helpful"><span style="width: 25%">')
    expect(html).toContain('aria-label="100% helpful"><span style="width: 100%">')
    expect(html).toContain('The steps didn’t work: 2')
  })
})
