import { addTemplate, defineNuxtModule } from '@nuxt/kit'
import type { NuxtTemplate } from 'nuxt/schema'

/** What Nuxt hands a template's `getContents`, apart from the template's own options. */
type TemplateData = Omit<Parameters<NonNullable<NuxtTemplate['getContents']>>[0], 'options'>

const THEME_FILE = /^ui\/(?:content\/)?[\w-]+\.ts$/
const NAMED_THEME = /@source "\.\/(ui\/(?:content\/)?[\w-]+\.ts)";/g

/**
 * The component theme files Nuxt UI's `ui.css` does not name as sources,
 * given the build's template file names. Prose themes are left alone: Nuxt UI
 * sources them as a folder, which Tailwind scans exactly.
 * Throws when `ui.css` no longer names the themes one by one.
 */
export function unusedThemeFiles(uiCss: string, templateFiles: string[]): string[] {
  const themes = templateFiles.filter(file => THEME_FILE.test(file) && !file.endsWith('/index.ts'))
  const named = new Set([...uiCss.matchAll(NAMED_THEME)].map(match => match[1]!))
  if (named.size === 0) {
    throw new Error('ui-unused-themes: Nuxt UI\'s ui.css names no component theme as a `@source` (is `ui.experimental.componentDetection` on?); check modules/ui-unused-themes.ts against the installed @nuxt/ui (docs/UPGRADING.md)')
  }
  const unknown = [...named].filter(file => !themes.includes(file))
  if (unknown.length) {
    throw new Error(`ui-unused-themes: ui.css names ${unknown.join(', ')}, which is not one of Nuxt UI's theme templates; check modules/ui-unused-themes.ts against the installed @nuxt/ui (docs/UPGRADING.md)`)
  }
  return themes.filter(file => !named.has(file))
}

/** Tailwind directives that keep the given build files out of the scan. */
export function excludeSources(files: string[]): string {
  return files.map(file => `@source not "./${file}";`).join('\n') + '\n'
}

/** The `@source not` directives for the unused themes, from the build's templates; throws when Nuxt UI's `ui.css` is not among them. */
export async function unusedThemesCss(templates: NuxtTemplate[], data: TemplateData): Promise<string> {
  const uiCss = templates.find(template => template.filename === 'ui.css')
  if (!uiCss?.getContents) {
    throw new Error('ui-unused-themes: Nuxt UI\'s ui.css template not found; check modules/ui-unused-themes.ts against the installed @nuxt/ui (docs/UPGRADING.md)')
  }
  const files = templates.map(template => template.filename ?? '')
  return excludeSources(unusedThemeFiles(await uiCss.getContents({ ...data, options: uiCss.options ?? {} }), files))
}

/**
 * Keeps the themes of the Nuxt UI components the site does not use out of its
 * stylesheet, which they otherwise double (about 237 KB against 111 KB).
 *
 * With `ui.experimental.componentDetection`, Nuxt UI names the theme file of
 * each component in use as a Tailwind `@source` (`./ui/button.ts`). Those
 * files sit in the git-ignored build folder, and Tailwind, to honour a source
 * in an ignored folder, scans that whole folder through every other source,
 * here Nuxt UI's source for the project root: the themes of all 120-odd
 * components get in. This writes `#build/ui-unused-themes.css`, a `@source
 * not` for every theme Nuxt UI did not name, which `assets/css/main.css`
 * imports. In development, where Nuxt UI renames sources as components come
 * into use, the file stays empty.
 */
export default defineNuxtModule({
  meta: { name: 'ui-unused-themes' },
  setup(_, nuxt) {
    addTemplate({
      filename: 'ui-unused-themes.css',
      write: true,
      getContents(data) {
        if (nuxt.options.dev) return '/* development: every theme is scanned */\n'
        return unusedThemesCss(nuxt.options.build.templates, data)
      },
    })
  },
})
