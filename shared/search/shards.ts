import type { Options, SearchOptions } from 'minisearch'

/**
 * The index is split by the first characters of each term, so a query loads only
 * the shards of the terms it contains. Terms shorter than this are a shard of their own.
 */
export const SHARD_PREFIX_LENGTH = 3

/** Sections per file of result records (titles, headings and snippet text). */
export const DOCS_PER_CHUNK = 32

/** How much of a section's text a result record keeps for its snippet. */
export const SNIPPET_SOURCE_LENGTH = 600

export type SearchField = 'title' | 'heading' | 'text'
export const SEARCH_FIELDS: SearchField[] = ['title', 'heading', 'text']

export function shardKey(term: string): string {
  return [...term].slice(0, SHARD_PREFIX_LENGTH).join('')
}

/** A shard key as a file name: `[a-z0-9]` as is, anything else as `_<hex>`. */
export function shardFileName(key: string): string {
  return [...key].map(c => /[a-z0-9]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`).join('')
}

// Terms are tokenized once by ./tokenize before they reach MiniSearch, which only splits on spaces.
export const MINISEARCH_OPTIONS: Options = {
  fields: SEARCH_FIELDS,
  idField: 'id',
  tokenize: (text: string) => (text ? text.split(' ') : []),
  processTerm: (term: string) => term,
}

/** Titles weigh more than headings, headings more than body text. */
export function termSearchOptions(term: string): SearchOptions {
  return {
    boost: { title: 4, heading: 2, text: 1 },
    prefix: [...term].length >= SHARD_PREFIX_LENGTH,
    fuzzy: [...term].length >= 4 ? 0.2 : false,
    tokenize: (text: string) => [text],
    processTerm: (t: string) => t,
  }
}

/** `[url, article title, heading, text]`: what a result shows. */
export type SearchDocRecord = [url: string, articleTitle: string, heading: string, text: string]

export interface SearchIndexMeta {
  version: string
  docCount: number
  docsPerChunk: number
  /** Shard keys that exist; a term whose key is missing matches nothing. */
  shards: string[]
}
