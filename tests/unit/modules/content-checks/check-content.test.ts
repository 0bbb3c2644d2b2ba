import { describe, expect, it } from 'vitest'
import { checkContent, formatProblem, inspectContent } from '../../../../modules/content-checks/check-content'

describe('checkContent on the help center', () => {
  it('finds no problems in content/', async () => {
    expect((await checkContent('.')).map(formatProblem)).toEqual([])
  })
})

describe('checkContent on tests/fixtures/broken-content', () => {
  const problems = checkContent('tests/fixtures/broken-content').then(list => list.map(formatProblem))
  const guides = 'content/help/guides'

  it.each([
    ['categories', [
      'content/categories/misc.yml:3: icon "i-lucide-not-an-icon" is not a Lucide icon',
      'content/categories/misc.yml:4: order must be a number, not the text "first"',
    ]],
    ['frontmatter that is not YAML', [
      `${guides}/02.invalid-yaml.md:2: frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings (if a value contains ": ", put the whole value in double quotes)`,
    ]],
    ['missing, empty and unknown fields, and a date that is not one', [
      `${guides}/03.missing-fields.md:1: title is missing: every article needs a title`,
      `${guides}/03.missing-fields.md:2: description is empty`,
      `${guides}/03.missing-fields.md:3: updatedAt is not a real date: "yesterday" (write YYYY-MM-DD)`,
      `${guides}/03.missing-fields.md:4: unknown field "relatedArticle" (did you mean "relatedArticles"?)`,
    ]],
    ['fields of the wrong type', [
      `${guides}/04.wrong-types.md:4: updatedAt is not a real date: "2026-02-30" (write YYYY-MM-DD)`,
      `${guides}/04.wrong-types.md:5: draft must be true or false, not the text "yes"`,
      `${guides}/04.wrong-types.md:6: relatedArticles must be a list of article paths, not the text "foo"`,
      `${guides}/04.wrong-types.md:8: redirectFrom entries must be old paths, not the number 42`,
    ]],
    ['related articles that name no article, the article itself, a draft or an old URL', [
      `${guides}/05.related-articles.md:7: relatedArticles: /help/guides/strat-here is not an article (did you mean /help/guides/start-here?)`,
      `${guides}/05.related-articles.md:8: relatedArticles: /help/guides/related-articles is this article itself`,
      `${guides}/05.related-articles.md:9: relatedArticles: /help/guides/work-in-progress is a draft (draft: true), so it is not published`,
      `${guides}/05.related-articles.md:10: relatedArticles: /help/guides/getting-going is an old URL: use /help/guides/start-here`,
      `${guides}/05.related-articles.md:11: relatedArticles: /help/guides/start-here#sign-in must be an article path, without # or ?`,
    ]],
    ['broken links and anchors, and links to drafts', [
      `${guides}/06.broken-links.md:9: broken link /help/guides/no-such-article: no such page`,
      `${guides}/06.broken-links.md:9: broken link /help/guides/start-her: no such page (did you mean /help/guides/start-here?)`,
      `${guides}/06.broken-links.md:11: broken link /help/guides/start-here#log-in: /help/guides/start-here has no heading with the anchor #log-in`,
      `${guides}/06.broken-links.md:11: broken link /help/nowhere: no such page`,
      `${guides}/06.broken-links.md:13: broken link #link: this article has no heading with the anchor #link (did you mean #links?)`,
      `${guides}/06.broken-links.md:13: link to /help/guides/work-in-progress, which is a draft (draft: true): publish it or remove the link`,
      `${guides}/06.broken-links.md:16: broken link /help/guides/start-here#install: /help/guides/start-here has no heading with the anchor #install (did you mean #install-the-app?)`,
      `${guides}/06.broken-links.md:19: empty link: give it a target`,
    ]],
    ['platform blocks with unknown, empty or repeated panels, no panel, text outside the panels or a heading inside one, and a link to a panel that does not exist', [
      `${guides}/14.platform-blocks.md:26: ::platforms has an unknown platform #solaris: the panels are #mac, #windows and #linux`,
      `${guides}/14.platform-blocks.md:28: ::platforms has an unknown platform #macos: the panels are #mac, #windows and #linux (did you mean #mac?)`,
      `${guides}/14.platform-blocks.md:33: ::platforms has an empty #mac panel: write its steps or remove the #mac line`,
      `${guides}/14.platform-blocks.md:42: ::platforms has two #linux panels: merge them into one`,
      `${guides}/14.platform-blocks.md:46: ::platforms has no panel: start each platform's steps with #mac, #windows or #linux on a line of its own`,
      `${guides}/14.platform-blocks.md:50: ::platforms has text before its first panel, which is never shown: move it above the block or into a panel`,
      `${guides}/14.platform-blocks.md:56: ::platforms panel #windows holds a heading: put it above the block, whose panels take their anchors from the heading above them`,
      `${guides}/14.platform-blocks.md:60: broken link #wrong-blocks-linux: this article has no heading with the anchor #wrong-blocks-linux (did you mean #wrong-blocks-3-linux?)`,
    ]],
    ['a component other than the two articles can use', [
      `${guides}/14.platform-blocks.md:64: ::tabs is not a component articles can use: write ::callout or ::platforms (content/README.md)`,
    ]],
    ['two articles with one URL', [
      `${guides}/09.same-slug.md:1: same URL /help/guides/same-slug as ${guides}/08.same-slug.md: change one of the slugs`,
    ]],
    ['old URLs that clash with pages or each other', [
      `${guides}/10.bad-redirects.md:6: redirectFrom: /help/guides/start-here is the URL of ${guides}/01.start-here.md`,
      `${guides}/10.bad-redirects.md:7: redirectFrom: /help/guides is a page of the help center`,
      `${guides}/10.bad-redirects.md:8: redirectFrom: /help/guides/getting-going already leads to /help/guides/start-here (${guides}/01.start-here.md)`,
      `${guides}/10.bad-redirects.md:9: redirectFrom: "help/guides/no-leading-slash" must be an old path like /help/<category>/<old-slug>, starting with / and without # or ?`,
      `${guides}/10.bad-redirects.md:10: redirectFrom: /help/guides/bad-redirects is this article's own URL`,
    ]],
    ['error codes claimed twice, written two ways, empty, too long, unlinkable, pointing nowhere or malformed', [
      `${guides}/12.bad-error-codes.md:6: errors: code "E_START" is already claimed at ${guides}/01.start-here.md:8: one article answers each code`,
      `${guides}/12.bad-error-codes.md:7: errors: code "e_Start" differs from "E_START" (${guides}/01.start-here.md:8) only by case or spacing: codes are matched whatever their case, so keep one`,
      `${guides}/12.bad-error-codes.md:8: errors: code is empty`,
      `${guides}/12.bad-error-codes.md:9: errors: code "This error message is far too …" is longer than 80 characters`,
      `${guides}/12.bad-error-codes.md:10: errors: code "HTTP 401/403" may not hold / \\ ? # or %, which would break its link`,
      `${guides}/12.bad-error-codes.md:11: errors: section #no-such-heading is not a heading of this article`,
      `${guides}/12.bad-error-codes.md:12: errors: unknown field "sectoin" (did you mean "section"?)`,
      `${guides}/12.bad-error-codes.md:13: errors: each entry needs a code, the error as the app shows it`,
      `${guides}/12.bad-error-codes.md:14: errors: each entry must be a code: field (with an optional section:), not the text "E_NOT_AN_ENTRY"`,
    ]],
    ['aliases that are empty, listed twice or the article\'s own title', [
      `${guides}/13.bad-aliases.md:7: aliases: an alias is empty`,
      `${guides}/13.bad-aliases.md:8: aliases: "Wrong Words" is listed twice`,
      `${guides}/13.bad-aliases.md:9: aliases: "bad aliases" is the article's title: aliases are the other words readers use`,
    ]],
    ['synonyms written twice or mapping to nothing', [
      'content/search/synonyms.yml:3: groups: "Log In" is already on line 2: each phrase belongs in one place',
      'content/search/synonyms.yml:5: replace: "cant" must map to the articles\' words, not to nothing',
    ]],
    ['a file without frontmatter, whose relative links are still checked', [
      `${guides}/11.no-frontmatter.md:1: frontmatter is missing: start the file with a --- block holding title, description and updatedAt`,
      `${guides}/11.no-frontmatter.md:3: broken link ../guides/nowhere: no page at /help/guides/nowhere`,
    ]],
    ['misnamed and misplaced files', [
      `${guides}/no-number.md:1: not a valid article file name: articles are content/help/<category>/<NN>.<slug>.md, the slug in lowercase words joined by hyphens (02.change-the-port.md)`,
      `${guides}/notes.txt:1: not an article: content/help holds only articles, <category>/<NN>.<slug>.md (images and other files go in public/)`,
      'content/help/orphans/01.lost-article.md:1: category "orphans" has no content/categories/orphans.yml: add it or move the article',
    ]],
  ])('reports %s', async (_, expected) => {
    expect(await problems).toEqual(expect.arrayContaining(expected))
  })

  it('reports every problem of the tree, once, sorted by file and line, and nothing in correct files', async () => {
    const list = await problems
    expect(list).toHaveLength(58)
    expect(new Set(list).size).toBe(list.length)
    const correctFiles = ['01.start-here.md', '07.work-in-progress.md', 'guides.yml']
    expect(list.filter(line => correctFiles.some(file => line.startsWith(`content/help/guides/${file}:`) || line.startsWith(`content/categories/${file}:`)))).toEqual([])
  })
})

describe('inspectContent', () => {
  it('maps each error code, whatever its case, to the article and section that claim it', async () => {
    const { errorCodes } = await inspectContent('tests/fixtures/broken-content')
    const start = errorCodes.get('e_start')
    expect([start?.code, start?.section, start?.article.url]).toEqual(['E_START', 'sign-in', '/help/guides/start-here'])
    expect(errorCodes.has('e_section')).toBe(false)
  })

  it('maps old URLs to their articles, drafts included and marked', async () => {
    const { redirects, problems } = await inspectContent('tests/fixtures/drafts-and-redirects')
    expect(problems).toEqual([])
    expect([...redirects].map(([from, article]) => [from, article.url, article.draft])).toEqual([
      ['/help/guides/old-article-name', '/help/guides/published-article', false],
      ['/help/old-category/published-article', '/help/guides/published-article', false],
      ['/help/guides/old-quokka-plan', '/help/guides/quokka-rollout-plan', true],
    ])
  })
})
