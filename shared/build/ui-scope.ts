import { readFileSync, globSync } from 'node:fs'
import { join } from 'node:path'
import { addVitePlugin, defineNuxtModule } from '@nuxt/kit'
import { dropUnusedKeyframes } from './keyframes'

/** Prose components every article may need: the elements plain Markdown produces (raw HTML such as `<script>` is not allowed in articles), and our `::callout`. */
export const MARKDOWN_PROSE = ['a', 'blockquote', 'callout', 'code', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'li',
  'ol', 'p', 'pre', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul']

/** Markdown components (`::tabs`, `:badge[…]`) a Markdown file uses, by name. */
export function markdownComponents(markdown: string): string[] {
  const names = new Set<string>()
  for (const match of markdown.matchAll(/^\s*::([a-z][\w-]*)/gm)) names.add(match[1]!)
  for (const match of markdown.matchAll(/(?<![\w:/]):([a-z][\w-]*)[[{]/g)) names.add(match[1]!)
  return [...names]
}

const pascal = (kebab: string) => kebab.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase())

/**
 * Scopes Nuxt UI to what the site uses (see README, "Light pages"):
 *
 * - CSS. Nuxt UI's `#build/ui.css` lists the theme of each component in use
 *   (`ui.experimental.componentDetection`), plus `@source "<app dir>/**\/*"`.
 *   That absolute pattern shares its base with the theme files (the build
 *   directory) and Tailwind's scanner then walks the whole build directory: the
 *   themes of all ~130 components end up in the CSS. The line is dropped;
 *   assets/css/main.css lists the app's own sources instead. Of the ~40 prose
 *   themes, only those of plain Markdown, our callout and the Markdown
 *   components the content uses are kept.
 * - Markdown components. Nuxt UI registers its ~45 prose components globally,
 *   so the Markdown renderer finds them by name; every global registration is a
 *   few hundred bytes in the entry chunk of every page. The same set is kept.
 *
 * - Keyframes. Nuxt UI declares the keyframes of all its components outside
 *   Tailwind's theme; the stylesheet keeps those something refers to.
 *
 * A Markdown component the content starts using (`::tabs`) is picked up by the
 * next build.
 */
export const uiScope = defineNuxtModule({
  meta: { name: 'ui-scope' },
  setup(_, nuxt) {
    const contentDir = join(nuxt.options.rootDir, 'content')
    const inUse = () => {
      const used = new Set(MARKDOWN_PROSE)
      for (const file of globSync('**/*.md', { cwd: contentDir })) {
        for (const name of markdownComponents(readFileSync(join(contentDir, file), 'utf8'))) used.add(name)
      }
      return used
    }

    nuxt.hook('components:extend', (components) => {
      const used = new Set([...inUse()].map(name => `Prose${pascal(name)}`))
      const unused = components.filter(c => c.global && /[/\\]@nuxt[/\\]ui[/\\].*[/\\]prose[/\\]/.test(c.filePath) && !used.has(c.pascalName))
      for (const component of unused) components.splice(components.indexOf(component), 1)
    })

    addVitePlugin({
      name: 'ui-scope:keyframes',
      applyToEnvironment: environment => environment.name === 'client',
      generateBundle(_, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.css')) file.source = dropUnusedKeyframes(String(file.source))
        }
      },
    }, { server: false })

    nuxt.hook('modules:done', () => {
      const template = nuxt.options.build.templates.find(t => t.filename === 'ui.css')
      const original = template?.getContents
      if (!template || !original) throw new Error('ui-scope: Nuxt UI\'s ui.css template not found')
      const proseThemes = new Set(nuxt.options.build.templates
        .map(t => /^ui\/prose\/([\w-]+)\.ts$/.exec(t.filename ?? '')?.[1])
        .filter(name => name && name !== 'index'))
      template.getContents = async (data) => {
        const prose = [...inUse()].filter(name => proseThemes.has(name)).sort().map(name => `@source "./ui/prose/${name}.ts";`).join('\n')
        return (await original(data))
          .replace(/^@source "\/[^"]*\*\*\/\*";\n/gm, '')
          .replace(/^@source "\.\/ui\/prose";$/m, prose)
      }
    })
  },
})
