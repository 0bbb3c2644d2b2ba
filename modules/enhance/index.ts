import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addTemplate, addTypeTemplate, defineNuxtModule, updateTemplates } from '@nuxt/kit'
import type { BuildOptions, Metafile } from 'esbuild'
import { build } from 'esbuild'
import type { NitroConfig } from 'nitropack'

const runtime = join(dirname(fileURLToPath(import.meta.url)), 'runtime')
const TEMPLATE = 'enhance.mjs'
/** Where the scripts are served, below the site's base URL. */
export const ENHANCE_PATH = '_enhance/'

/** The entry's output file in an esbuild metafile, relative to the output folder. */
export function entryFile(metafile: Metafile, workingDir: string, outdir: string, entry: string): string {
  const output = Object.entries(metafile.outputs).find(([, out]) => out.entryPoint && resolve(workingDir, out.entryPoint) === entry)
  if (!output) throw new Error(`enhance: esbuild wrote no output for ${entry}`)
  return relative(outdir, resolve(workingDir, output[0]))
}

/**
 * The progressive enhancement of every page (runtime/): small framework-free
 * ES modules, bundled with esbuild, served from `/_enhance/` under content
 * hashes, and loaded by one `<script type="module">` that the layout adds
 * (`#build/enhance.mjs` names it). Pages are prerendered with `noScripts`, so
 * this is all the JavaScript they run; what is heavier (the search dialog, the
 * index) is a separate chunk loaded when the reader asks for it.
 */
export default defineNuxtModule({
  meta: { name: 'enhance' },
  setup(_, nuxt) {
    const outdir = join(nuxt.options.buildDir, 'enhance')
    const entry = join(runtime, 'page.ts')
    const options: BuildOptions = {
      entryPoints: [entry],
      bundle: true,
      splitting: true,
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

    addTemplate({
      filename: TEMPLATE,
      async getContents() {
        const result = await build(options)
        const file = entryFile(result.metafile!, nuxt.options.rootDir, outdir, entry)
        return `export const enhanceScript = ${JSON.stringify(ENHANCE_PATH + file)}\n`
      },
    })
    addTypeTemplate({
      filename: 'types/enhance.d.ts',
      getContents: () => `declare module '#build/enhance.mjs' {\n  /** The page script's path below the site's base URL. */\n  export const enhanceScript: string\n}\n`,
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
