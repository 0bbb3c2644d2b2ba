import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readSynonyms } from '../../../../modules/content-checks/synonyms'

describe('readSynonyms', () => {
  it('reads the help center\'s synonyms without a problem', () => {
    const { synonyms, problems } = readSynonyms(readFileSync('content/search/synonyms.yml', 'utf8'))
    expect(problems).toEqual([])
    expect(synonyms.groups.length + synonyms.replace.length).toBeGreaterThan(0)
  })

  it('reads groups and one-way mappings', () => {
    expect(readSynonyms('groups:\n  - [sign in, log in]\nreplace:\n  can\'t: cannot\n').synonyms)
      .toEqual({ groups: [['sign in', 'log in']], replace: [['can\'t', 'cannot']] })
  })

  it('puts each problem on its line', () => {
    const { problems } = readSynonyms([
      'groups:',
      '  - [sign in, log in]',
      '  - [alone]',
      '  - [LOG IN, login]',
      '  - ["", x]',
      'replace:',
      '  login: ',
      '  unable to: cannot',
      'extra: 1',
      '',
    ].join('\n'))
    expect(problems).toEqual([
      { line: 3, message: 'groups: each group is a list of at least two phrases that mean the same' },
      { line: 4, message: 'groups: "LOG IN" is already on line 2: each phrase belongs in one place' },
      { line: 5, message: 'groups: each phrase must be text, not empty' },
      { line: 7, message: 'replace: "login" is already on line 4: each phrase belongs in one place' },
      { line: 7, message: 'replace: "login" must map to the articles\' words, not to nothing' },
      { line: 9, message: 'unknown field "extra": synonyms.yml holds groups: and replace:' },
    ])
  })

  it('reports YAML that cannot be read', () => {
    expect(readSynonyms('groups: [a, b\n').problems[0]!.message).toMatch(/^not valid YAML/)
  })
})
