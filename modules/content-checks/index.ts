import type { FSWatcher } from 'node:fs'
import { rmSync, watch } from 'node:fs'
import { join, resolve } from 'node:path'
import { addServerTemplate, addTypeTemplate, defineNuxtModule } from '@nuxt/kit'
import type { Nuxt } from 'nuxt/schema'
import type { ContentReport } from './check-content'
import { formatProblem, inspectContent } from './check-content'
import { publishLinks } from './published-links'
import type { Synonyms } from '../../shared/search/synonyms'
import { NO_SYNONYMS } from '../../shared/search/synonyms'

/**
 * One `file:line: problem` line each, straight to stderr: Nuxt's logger would
 * wrap every line in a framed message, and editors and CI logs link plain
 * `file:line` lines to the file.
 */
function printProblems(report: ContentReport) {
  process.stderr.write(report.problems.map(problem => `${formatProblem(problem)}\n`).join(''))
}

function countProblems(report: ContentReport): string {
  return report.problems.length === 1 ? '1 content problem' : `${report.problems.length} content problems`
}

/** In development, check again whenever a content file changes, and say what changed. */
function watchContent(nuxt: Nuxt, initial: ContentReport) {
  let last = initial.problems.map(formatProblem).join('\n')
  let timer: ReturnType<typeof setTimeout> | undefined
  const recheck = async () => {
    const report = await inspectContent(nuxt.options.rootDir)
    const now = report.problems.map(formatProblem).join('\n')
    if (now === last) return
    last = now
    if (report.problems.length) {
      console.warn(`\n${countProblems(report)} — \`npm run generate\` fails until they are fixed:`)
      printProblems(report)
    }
    else {
      console.info('Content problems fixed: the help center content checks pass.')
    }
  }
  let watcher: FSWatcher
  try {
    watcher = watch(join(nuxt.options.rootDir, 'content'), { recursive: true }, () => {
      clearTimeout(timer)
      timer = setTimeout(() => void recheck().catch(error => console.warn('Content checks failed:', error)), 300)
    })
  }
  catch (error) {
    console.warn('Content checks will not rerun on changes:', error)
    return
  }
  nuxt.hook('close', () => {
    clearTimeout(timer)
    watcher.close()
  })
}

/**
 * Checks the help center's content before anything is built. `nuxt build` and
 * `nuxt generate` print one `file:line: problem` line per problem, remove any
 * earlier `.output/public` and fail; `nuxt dev` prints the same lines as
 * warnings and keeps serving. `nuxt prepare` and `nuxt typecheck` build nothing
 * and skip the checks.
 */
export default defineNuxtModule({
  meta: { name: 'content-checks' },
  setup: contentChecks,
})

/** The synonyms the search index is built with, for the server: `import synonyms from '#help-search-synonyms'`. */
function provideSynonyms(synonyms: Synonyms) {
  addServerTemplate({ filename: '#help-search-synonyms', getContents: () => `export default ${JSON.stringify(synonyms)}\n` })
  addTypeTemplate({
    filename: 'types/help-search-synonyms.d.ts',
    getContents: () => `declare module '#help-search-synonyms' {\n  const synonyms: { groups: string[][], replace: Array<[string, string]> }\n  export default synonyms\n}\n`,
  }, { nitro: true, nuxt: true })
}

async function contentChecks(_options: unknown, nuxt: Nuxt): Promise<void> {
  if (nuxt.options._prepare) return provideSynonyms(NO_SYNONYMS)
  const report = await inspectContent(nuxt.options.rootDir)
  provideSynonyms(report.synonyms)

  if (nuxt.options.dev) {
    if (report.problems.length) {
      console.warn(`${countProblems(report)} — \`npm run generate\` fails until they are fixed:`)
      printProblems(report)
    }
    publishLinks(nuxt, report)
    watchContent(nuxt, report)
    return
  }

  if (report.problems.length) {
    printProblems(report)
    const output = nuxt.options.nitro.output ?? {}
    const publicDir = resolve(nuxt.options.rootDir, output.publicDir ?? join(output.dir ?? '.output', 'public'))
    rmSync(publicDir, { recursive: true, force: true })
    const error = new Error(`${countProblems(report)}: fix the lines above; nothing was built.`)
    error.stack = error.message
    throw error
  }
  publishLinks(nuxt, report)
}
