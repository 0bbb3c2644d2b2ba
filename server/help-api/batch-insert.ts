import type { Database, Primitive } from 'db0'

interface Pending {
  values: Primitive[]
  resolve: () => void
  reject: (error: unknown) => void
}

// setImmediate where there is one (Node); other runtimes of Nitro presets may only have timers.
const nextTurn = (fn: () => void) => (typeof setImmediate === 'function' ? setImmediate(fn) : setTimeout(fn, 0))

/**
 * Inserts into one table, grouped: the rows of all requests that arrive while
 * the database is busy are written by one multi-row `INSERT`, a single
 * statement, so each group is stored whole or not at all. Each caller's
 * promise settles once its row is committed (or failed), so an API answer of
 * 204 means stored. One statement per group instead of one per row is what
 * keeps SQLite's commits and PostgreSQL's round trips off the request path
 * under load.
 */
export class BatchInsert {
  private pending: Pending[] = []
  private scheduled = false
  private flushing: Promise<void> | undefined

  constructor(
    private readonly db: Database,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly maxRows = 250,
  ) {}

  insert(values: Primitive[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ values, resolve, reject })
      this.schedule()
    })
  }

  /** A flush on the next turn of the event loop, unless one is due or running (that one takes the new row). */
  private schedule() {
    if (this.scheduled || this.flushing) return
    this.scheduled = true
    nextTurn(() => {
      this.scheduled = false
      this.flushing = this.flush().finally(() => {
        this.flushing = undefined
        // Rows handed in after the last group was taken.
        if (this.pending.length) this.schedule()
      })
    })
  }

  /** Resolves once every row handed in so far is written or has failed. */
  async settled(): Promise<void> {
    while (this.flushing || this.scheduled || this.pending.length) {
      await (this.flushing ?? new Promise(resolve => setTimeout(resolve, 1)))
    }
  }

  private async flush(): Promise<void> {
    while (this.pending.length) {
      const group = this.pending.splice(0, this.maxRows)
      const row = `(${this.columns.map(() => '?').join(', ')})`
      const sql = `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${group.map(() => row).join(', ')}`
      try {
        await this.db.prepare(sql).run(...group.flatMap(item => item.values))
        for (const item of group) item.resolve()
      }
      catch (error) {
        for (const item of group) item.reject(error)
      }
    }
  }
}
