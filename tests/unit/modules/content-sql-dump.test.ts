import { describe, expect, it } from 'vitest'
import type { NuxtTemplate } from 'nuxt/schema'
import { DUMP_TEMPLATES, emptyDumpTemplates, forgetDump } from '../../../modules/content-sql-dump'

describe('emptyDumpTemplates', () => {
  it('empties both of Nuxt Content\'s dump templates', async () => {
    const templates: NuxtTemplate[] = DUMP_TEMPLATES.map(filename => ({ filename, getContents: () => 'INSERT …' }))
    emptyDumpTemplates(templates)
    expect(await Promise.all(templates.map(t => t.getContents!({} as never)))).toEqual(['export {}\n', ''])
  })

  it('fails the build, naming the template, when Nuxt Content no longer has it', () => {
    expect(() => emptyDumpTemplates([{ filename: 'content/database.compressed.mjs' }])).toThrow(/content\/sql_dump\.txt template not found/)
  })
})

describe('forgetDump', () => {
  const withManifest = (manifest: unknown): NuxtTemplate[] => DUMP_TEMPLATES.map(filename => ({ filename, options: { manifest } }))

  it('empties every collection\'s SQL in the manifest the dump templates share', () => {
    const help = ['INSERT INTO _content_help …', 'INSERT INTO _content_help …']
    const manifest = { dump: { help, categories: ['INSERT INTO _content_categories …'] } }
    forgetDump(withManifest(manifest))
    expect(manifest.dump).toEqual({ help: [], categories: [] })
    // Emptied in place: whatever else holds the same arrays lets the SQL go too.
    expect(help).toEqual([])
  })

  it('fails the build when the dump is no longer in the templates\' manifest', () => {
    for (const manifest of [undefined, {}, { dump: {} }, { dump: { help: 'INSERT …' } }]) {
      expect(() => forgetDump(withManifest(manifest))).toThrow(/content-sql-dump: Nuxt Content's SQL dump is no longer/)
    }
    expect(() => forgetDump([])).toThrow(/content-sql-dump/)
  })
})
