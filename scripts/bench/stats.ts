export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export const median = (values: number[]) => percentile(values, 50)

export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10

export function time<T>(fn: () => T): { value: T, ms: number } {
  const start = performance.now()
  const value = fn()
  return { value, ms: performance.now() - start }
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ value: T, ms: number }> {
  const start = performance.now()
  const value = await fn()
  return { value, ms: performance.now() - start }
}
