import { describe, expect, it } from 'vitest'
import type { NuxtTemplate } from 'nuxt/schema'
import { DUMP_TEMPLATES, emptyDumpTemplates } from '../../../modules/content-sql-dump'

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
