import type { Options, SearchOptions } from 'minisearch'
import type { PackedShard } from './shard-format'
import type { Synonyms } from './synonyms'

/**
 * The index is split by the first characters of each term, so a query loads only
 * the shards of the terms it contains. Terms shorter than this are a shard of their own.
 */
export const SHARD_PREFIX_LENGTH = 3

export type SearchField = 'title' | 'heading' | 'text'
export const SEARCH_FIELDS: SearchField[] = ['title', 'heading', 'text']
export const TEXT_FIELD_ID = SEARCH_FIELDS.indexOf('text')

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
const BOOST = { title: 4, heading: 2, text: 1 }

/** Exact and as-you-type (prefix) matching of one term. */
export function termSearchOptions(term: string): SearchOptions {
  return {
    boost: BOOST,
    prefix: [...term].length >= SHARD_PREFIX_LENGTH,
    fuzzy: false,
    tokenize: (text: string) => [text],
    processTerm: (t: string) => t,
  }
}

/** Typo-tolerant matching, for terms that found little exactly: one edit per five letters. */
export function fuzzyTermSearchOptions(term: string): SearchOptions | null {
  return [...term].length >= 4 ? { ...termSearchOptions(term), fuzzy: 0.2 } : null
}

/** A panel of a `::platforms` block: `[its anchor, its platform's name, its text]`. */
export type SearchPanel = [id: string, platform: string, text: string]

/**
 * A section of an article as search results show it: `[anchor id ('' for the
 * introduction), heading, text]`, then its platform panels when it has some
 * (the text is then what stands outside them).
 */
export type SearchSection = [id: string, heading: string, text: string, panels?: SearchPanel[]]

/** What a result needs of an article, one small file per article, fetched only for the results shown. */
export interface SearchArticleRecord {
  url: string
  title: string
  description: string
  sections: SearchSection[]
  /** The error codes the article claims, each with the section that fixes it (`''` for none); left out when there are none. */
  errors?: Array<[code: string, section: string]>
}

export interface SearchIndexMeta {
  version: string
  articleCount: number
  /** Average length of each field over all articles, for scoring. */
  averageFieldLength: number[]
  /** Shard keys that exist; a term whose key is missing matches nothing. */
  shards: string[]
  /** What the queries' words are rewritten with, as the index's were (./synonyms.ts). */
  synonyms?: Synonyms
  /**
   * The whole index, when it is small (see `INLINE_INDEX_LIMIT`): every shard
   * by file name and every article record by id, so that the one response a
   * search starts with answers every query. Larger indexes leave it out, and
   * a query fetches the files it needs.
   */
  inline?: InlineIndex
}

export interface InlineIndex {
  shards: Record<string, PackedShard>
  articles: SearchArticleRecord[]
}

/**
 * Up to this many characters of shards and records (about 40 KB gzip, which
 * keeps the first result of a search within 60 KB with the search code), the
 * index comes whole with its meta file: on a slow network one round trip
 * instead of three (meta, shard, records), each waiting for the one before.
 */
export const INLINE_INDEX_LIMIT = 192 * 1024

/** Every text of a section, each panel's under its platform's name, so "windows port" finds the Windows steps. */
export const sectionTexts = ([, , text, panels = []]: SearchSection): string[] =>
  [text, ...panels.map(([, platform, panelText]) => `${platform}: ${panelText}`)]
