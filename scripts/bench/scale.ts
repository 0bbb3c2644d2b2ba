/**
 * `npm run generate` of the real site plus N synthetic articles: wall time and
 * the peak memory of the whole process tree, read from /proc while it runs.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { syntheticMarkdownFiles } from './corpus'

function treeRssKB(rootPid: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1])
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0))
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    }
    catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

const OUTPUTS = '.bench/scale-output'

/** Removes the sites the scale builds wrote. */
export function removeScaleOutputs() {
  rmSync(OUTPUTS, { recursive: true, force: true })
}

export async function benchScale(count: number) {
  const categories = readdirSync('content/categories').map(file => file.replace(/\.yml$/, ''))
  const contentDir = resolve(`.bench/content-${count}`)
  rmSync(contentDir, { recursive: true, force: true })
  for (const [path, text] of syntheticMarkdownFiles(count, categories)) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true })
    writeFileSync(join(contentDir, path), text)
  }
  // A new output folder per build, all removed by `removeScaleOutputs` once every
  // build is done: creating thousands of files right after deleting thousands is
  // several times slower on some file systems (ext4 without a journal skips
  // inodes freed in the last minute), which would charge a build for the
  // cleanup before it.
  const outputDir = `${OUTPUTS}/${count}-${Date.now()}`
  const start = performance.now()
  // The project's own build command, with its memory settings (package.json).
  const child = spawn('npm', ['run', '--silent', 'generate'], {
    env: { ...process.env, HELP_EXTRA_CONTENT: contentDir, HELP_OUTPUT_DIR: outputDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000)
  })
  let peakKB = 0
  const timer = setInterval(() => (peakKB = Math.max(peakKB, treeRssKB(child.pid!))), 250)
  const code = await new Promise<number>(done => child.on('exit', c => done(c ?? 1)))
  clearInterval(timer)
  const seconds = (performance.now() - start) / 1000
  if (code !== 0) throw new Error(`nuxt generate with ${count} articles failed:\n${stderr}`)
  return { articles: count, seconds: Math.round(seconds), secondsPer1000: Math.round((seconds / count) * 1000 * 10) / 10, peakMemoryMB: Math.round(peakKB / 1024) }
}
