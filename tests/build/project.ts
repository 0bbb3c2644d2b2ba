import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')
/** What a copy of the project leaves out: installs, build output, git, the content and the tests. */
const LEFT_OUT = new Set(['node_modules', '.nuxt', '.output', '.output-server', '.output-support', '.data', '.git', 'dist', 'content', 'tests', 'test-results', 'playwright-report', '.bench'])

/**
 * A copy of the help center in a temporary folder whose content is a fixture
 * tree (`tests/fixtures/<name>/content`), sharing this project's node_modules.
 * Its build folder is `.nuxt` inside the copy: Nuxt's default for builds is
 * under node_modules, which would be the shared one.
 */
export function copyProjectWithContent(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'help-center-'))
  cpSync(ROOT, dir, { recursive: true, filter: source => !LEFT_OUT.has(source.slice(ROOT.length + 1).split(/[\\/]/)[0]!) })
  cpSync(join(ROOT, 'tests/fixtures', fixture, 'content'), join(dir, 'content'), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  writeFileSync(join(dir, '.nuxtrc'), 'buildDir=.nuxt\n')
  return dir
}

export function removeProject(dir: string) {
  rmSync(dir, { recursive: true, force: true })
}

/** Runs the Nuxt CLI in `dir` with this Node; resolves with the exit code and all output. */
export function nuxt(dir: string, ...args: string[]): Promise<{ code: number | null, output: string }> {
  // The child is a plain build, not part of a test run (Vitest sets NODE_ENV=test).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')))
  env.NO_COLOR = '1'
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/nuxt/bin/nuxt.mjs'), ...args], { cwd: dir, env })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('error', fail)
    child.on('close', code => done({ code, output }))
  })
}
