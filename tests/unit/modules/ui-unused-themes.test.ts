import { describe, expect, it } from 'vitest'
import type { NuxtTemplate } from 'nuxt/schema'
import { excludeSources, unusedThemeFiles, unusedThemesCss } from '../../../modules/ui-unused-themes'

const TEMPLATES = ['ui.css', 'ui/index.ts', 'ui/button.ts', 'ui/calendar.ts', 'ui/prose/p.ts', 'ui/prose/index.ts', 'ui/content/content-toc.ts', 'ui/content/content-surround.ts']

describe('unusedThemeFiles', () => {
  it('lists the component themes ui.css does not name, leaving prose alone', () => {
    const uiCss = '@source "/site/**/*";\n@source "./ui/prose";\n@source "./ui/button.ts";\n@source "./ui/content/content-surround.ts";\n'
    expect(unusedThemeFiles(uiCss, TEMPLATES)).toEqual(['ui/calendar.ts', 'ui/content/content-toc.ts'])
  })

  it('fails the build when ui.css sources every theme at once, as it does without component detection', () => {
    expect(() => unusedThemeFiles('@source "./ui";\n', TEMPLATES)).toThrow(/ui-unused-themes: .*names no component theme/)
  })

  it('fails the build when ui.css names a theme that is not among the templates', () => {
    expect(() => unusedThemeFiles('@source "./ui/button.ts";\n@source "./ui/gone.ts";\n', TEMPLATES)).toThrow(/names ui\/gone\.ts, which is not one of Nuxt UI's theme templates/)
  })
})

describe('excludeSources', () => {
  it('writes one `@source not` per file, relative to the build folder', () => {
    expect(excludeSources(['ui/calendar.ts', 'ui/content/content-toc.ts'])).toBe('@source not "./ui/calendar.ts";\n@source not "./ui/content/content-toc.ts";\n')
  })
})

describe('unusedThemesCss', () => {
  const templates = (uiCss?: string): NuxtTemplate[] => TEMPLATES.map(filename => ({
    filename,
    ...(filename === 'ui.css' && uiCss !== undefined ? { getContents: () => uiCss } : {}),
  }))
  const data = {} as Parameters<typeof unusedThemesCss>[1]

  it('excludes the themes that Nuxt UI\'s ui.css template does not name', async () => {
    await expect(unusedThemesCss(templates('@source "./ui/button.ts";\n@source "./ui/content/content-toc.ts";\n'), data))
      .resolves.toBe('@source not "./ui/calendar.ts";\n@source not "./ui/content/content-surround.ts";\n')
  })

  it('fails the build when Nuxt UI no longer has a ui.css template', async () => {
    await expect(unusedThemesCss(templates(), data)).rejects.toThrow(/ui-unused-themes: Nuxt UI's ui.css template not found/)
  })
})
