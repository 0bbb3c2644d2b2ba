import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addTemplate, addTypeTemplate, defineNuxtModule, updateTemplates } from '@nuxt/kit'
import type { BuildOptions, BuildResult, Metafile } from 'esbuild'
import { build } from 'esbuild'
import type { NitroConfig } from 'nitropack'

const runtime = join(dirname(fileURLToPath(import.meta.url)), 'runtime')
const TEMPLATE = 'enhance.mjs'
/** Where the scripts are served, below the site's base URL. */
export const ENHANCE_PATH = '_enhance/'
/** V8's explicit compile hint for a whole file (https://v8.dev/blog/explicit-compile-hints); it must be the file's first line. */
export const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad'

/**
 * The files a source module needs, from an esbuild metafile, relative to the
 * output folder: its own output, then every chunk that output imports
 * statically, directly or not (what a `modulepreload` can fetch at once).
 */
export function outputFiles(metafile: Metafile, workingDir: string, outdir: string, source: string): string[] {
  const output = Object.keys(metafile.outputs).find(path => metafile.outputs[path]!.entryPoint && resolve(workingDir, metafile.outputs[path]!.entryPoint!) === source)
  if (!output) throw new Error(`enhance: esbuild wrote no output for ${source}`)
  const files = new Set([output])
  for (const file of files) {
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') files.add(imported.path)
  }
  return [...files].map(file => relative(outdir, resolve(workingDir, file)))
}

/**
 * The progressive enhancement of every page (runtime/): small framework-free
 * ES modules, bundled with esbuild, served from `/_enhance/` under content
 * hashes, and loaded by one `<script type="module">` that the layout adds
 * (`#build/enhance.mjs` names it). Pages are prerendered with `noScripts`, so
 * this is all the JavaScript they run; what is heavier (the search dialog, the
 * index) is a separate chunk loaded when the reader asks for it. The search
 * page has a script of its own, built apart as a single file.
 */
export default defineNuxtModule({
  meta: { name: 'enhance' },
  setup(_, nuxt) {
    const outdir = join(nuxt.options.buildDir, 'enhance')
    const entry = join(runtime, 'page.ts')
    // The search page's own script, which it loads alongside the page script.
    const searchPage = join(runtime, 'search-page-entry.ts')
    // Loaded by the page script when they are needed; their files are named so that they can be preloaded.
    const searchDialog = join(runtime, 'search-dialog.ts')
    // Loaded by the page script on articles with a `::platforms` block: those pages preload it.
    const platforms = join(runtime, 'platforms.ts')
    const common: BuildOptions = {
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: !nuxt.options.dev,
      outdir,
      absWorkingDir: nuxt.options.rootDir,
      entryNames: '[name]-[hash]',
      chunkNames: '[name]-[hash]',
      metafile: true,
      legalComments: 'none',
      alias: { '#shared': join(nuxt.options.rootDir, 'shared') },
      logLevel: 'warning',
    }
    // The page script, and what it loads when needed, in chunks that share code.
    const pageBuild: BuildOptions = { ...common, entryPoints: [entry], splitting: true }
    // The search page's script is one file: on a cold visit its code, the stylesheet,
    // the index and the page script then fit in the six connections a browser opens
    // to a host over HTTP/1.1, so none of them waits for another to finish. It runs as
    // soon as it loads, so V8 is told to compile all of it while it streams in, off the
    // main thread (explicit compile hints), rather than function by function on first call.
    const searchPageBuild: BuildOptions = { ...common, entryPoints: [searchPage], splitting: false, banner: { js: COMPILE_ALL_ON_LOAD } }

    addTemplate({
      filename: TEMPLATE,
      async getContents() {
        const [pages, search] = await Promise.all([build(pageBuild), build(searchPageBuild)])
        const files = (result: BuildResult, source: string) => outputFiles(result.metafile!, nuxt.options.rootDir, outdir, source).map(file => ENHANCE_PATH + file)
        return [
          `export const enhanceScript = ${JSON.stringify(files(pages, entry)[0])}`,
          `export const searchPageScript = ${JSON.stringify(files(search, searchPage)[0])}`,
          `export const searchDialogScripts = ${JSON.stringify(files(pages, searchDialog))}`,
          `export const platformsScripts = ${JSON.stringify(files(pages, platforms))}`,
          '',
        ].join('\n')
      },
    })
    // Named after the template (`enhance.d.ts`), so that Nuxt leaves it out of the `declare module`
    // it writes for every template without types, which would make its exports `any`.
    addTypeTemplate({
      filename: 'enhance.d.ts',
      getContents: () => [
        `declare module '#build/enhance.mjs' {`,
        `  /** The page script's path below the site's base URL. */`,
        `  export const enhanceScript: string`,
        `  /** The search page's own script (one file), below the site's base URL. */`,
        `  export const searchPageScript: string`,
        `  /** The search dialog's script and the chunks it imports, below the site's base URL. */`,
        `  export const searchDialogScripts: string[]`,
        `  /** The platform tabs' script and the chunks it imports, below the site's base URL. */`,
        `  export const platformsScripts: string[]`,
        `}`,
        ``,
      ].join('\n'),
    })
    nuxt.hook('nitro:config', (config) => {
      // Content-hashed names: a browser may keep each file for a year.
      const nitro = config as NitroConfig
      nitro.publicAssets = [...(nitro.publicAssets ?? []), { dir: outdir, baseURL: ENHANCE_PATH, maxAge: 31_536_000 }]
    })

    if (nuxt.options.dev) {
      nuxt.hook('builder:watch', async (_event, path) => {
        if (resolve(nuxt.options.srcDir, path).startsWith(runtime)) await updateTemplates({ filter: t => t.filename === TEMPLATE })
      })
    }
  },
})
