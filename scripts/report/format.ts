import { reasonLabel } from '../../shared/feedback/fields'
import { escapeMarkup } from '../../shared/utils/markup'
import type { ArticleFeedback, HelpReport } from './load'

const percent = (rate: number | null) => rate === null ? '—' : `${Math.round(rate * 100)}%`
const reasonList = (article: ArticleFeedback) => Object.entries(article.reasons).map(([reason, count]) => `${reason} ${count}`).join(', ')
const period = (report: HelpReport) => `since ${report.since} (the last ${report.days} ${report.days === 1 ? 'day' : 'days'})`

/** The report for a terminal: one line per article, least helpful first, then the searches that found nothing. */
export function reportText(report: HelpReport): string {
  const lines = [`Help center feedback ${period(report)}`, '', 'Articles, least helpful first']
  if (!report.articles.length) lines.push('  no answers yet')
  else {
    const width = Math.max(...report.articles.map(a => a.article.length))
    lines.push(`  ${'helpful'.padStart(7)} ${'yes'.padStart(5)} ${'no'.padStart(5)}  ${'article'.padEnd(width)}  reasons`)
    for (const a of report.articles) {
      lines.push(`  ${percent(a.helpfulRate).padStart(7)} ${String(a.yes).padStart(5)} ${String(a.no).padStart(5)}  ${a.article.padEnd(width)}  ${reasonList(a)}`.trimEnd())
      for (const note of a.notes) lines.push(`${' '.repeat(23)}“${note.replace(/\s+/g, ' ')}”`)
    }
  }
  lines.push('', 'Searches that found nothing, most frequent first')
  if (!report.gaps.length) lines.push('  none')
  else for (const gap of report.gaps) lines.push(`  ${String(gap.count).padStart(5)}  ${gap.query}`)
  return `${lines.join('\n')}\n`
}

/** The report as JSON for scripts: `{ since, days, articles: [{ article, yes, no, helpfulRate, reasons, notes }], gaps: [{ query, count }] }`. */
export const reportJson = (report: HelpReport) => `${JSON.stringify(report, null, 2)}\n`

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #0f172a; background: #fff }
h1 { font-size: 1.5rem } h2 { font-size: 1.15rem; margin-top: 2rem }
table { border-collapse: collapse; width: 100% } th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e2e8f0; vertical-align: top }
th { font-weight: 600; color: #475569 } td.number { text-align: right; font-variant-numeric: tabular-nums }
.bar { background: #fee2e2; height: .9rem; width: 10rem; border-radius: .2rem; overflow: hidden }
.bar span { display: block; height: 100%; background: #16a34a }
.muted { color: #64748b } ul.notes { margin: .25rem 0 0; padding-left: 1.1rem; color: #334155 }
@media (prefers-color-scheme: dark) { body { color: #e2e8f0; background: #0f172a } th { color: #94a3b8 } th, td { border-color: #334155 } ul.notes { color: #cbd5e1 } .bar { background: #7f1d1d } }
`

/**
 * The report as one self-contained HTML page: a bar of each article's helpful
 * rate (green for Yes, red for No), its reasons and latest notes, and the top
 * searches that found nothing. No script, no outside file; every stored text
 * is escaped, so a note or a query holding markup is shown as text.
 */
export function reportHtml(report: HelpReport): string {
  const e = escapeMarkup
  const articleRows = report.articles.map(a => `<tr>
<td><code>${e(a.article)}</code>${a.notes.length ? `<ul class="notes">${a.notes.map(note => `<li>${e(note)}</li>`).join('')}</ul>` : ''}</td>
<td><div class="bar" role="img" aria-label="${e(percent(a.helpfulRate))} helpful"><span style="width: ${Math.round((a.helpfulRate ?? 0) * 100)}%"></span></div></td>
<td class="number">${e(percent(a.helpfulRate))}</td><td class="number">${a.yes}</td><td class="number">${a.no}</td>
<td>${Object.entries(a.reasons).map(([reason, count]) => `${e(reasonLabel(reason))}: ${count}`).join('<br>')}</td>
</tr>`).join('\n')
  const gapRows = report.gaps.map(gap => `<tr><td class="number">${gap.count}</td><td>${e(gap.query)}</td></tr>`).join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Help center feedback ${e(period(report))}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Help center feedback</h1>
<p class="muted">${e(period(report))}. Each device counts once per article, with its latest answer.</p>
<h2>Articles, least helpful first</h2>
${report.articles.length
  ? `<table>\n<thead><tr><th>Article and latest notes</th><th>Helpful</th><th></th><th>Yes</th><th>No</th><th>Why not</th></tr></thead>\n<tbody>\n${articleRows}\n</tbody>\n</table>`
  : '<p class="muted">No answers yet.</p>'}
<h2>Searches that found nothing</h2>
${report.gaps.length
  ? `<table>\n<thead><tr><th>Count</th><th>Query</th></tr></thead>\n<tbody>\n${gapRows}\n</tbody>\n</table>`
  : '<p class="muted">None.</p>'}
</body>
</html>
`
}
