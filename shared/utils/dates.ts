// One formatter for every page: building a formatter reads locale data and
// costs more than formatting, and a large help center formats thousands of dates.
const articleDateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** `2026-03-30` → `March 30, 2026`, independent of the reader's time zone. */
export function formatArticleDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return isoDate
  return articleDateFormat.format(date)
}
