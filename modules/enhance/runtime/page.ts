// The script of every page (modules/enhance): what the prerendered page needs
// JavaScript for, and nothing it doesn't. Pages work without it.
import { enhanceColorMode } from './color-mode'
import { enhanceFeedbackEntry } from './feedback-entry'
import { enhanceSearchEntry } from './search-entry'
import { enhanceToc } from './toc'

enhanceColorMode(document.documentElement, document.querySelector('[data-color-mode-button]'))
enhanceSearchEntry(document, document.querySelector('[data-search-button]'))
enhanceToc(document)
if (document.querySelector('[data-platforms]')) void import('./platforms').then(module => module.enhancePlatforms(document))
if (document.querySelector('[data-code-block]')) void import('./copy-code').then(module => module.enhanceCodeBlocks(document))
enhanceFeedbackEntry(document.querySelector('[data-article-feedback]'))
if (document.querySelector('[data-not-found-suggestions]')) void import('./not-found').then(module => module.suggestArticles(document))
