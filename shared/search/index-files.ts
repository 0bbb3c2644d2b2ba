import type { SearchIndexFiles } from './build-index'

/**
 * Every file of a search index as `[path under search-index/, text]`: the entry
 * point `meta.json`, then the shards and one record per article under the
 * index's version, so a new index never mixes with a cached old one.
 */
export function* searchIndexFiles({ meta, shards, articles }: SearchIndexFiles): Generator<[string, string]> {
  yield ['meta.json', JSON.stringify(meta)]
  for (const [name, text] of shards) yield [`${meta.version}/shards/${name}.json`, text]
  for (const [id, record] of articles.entries()) yield [`${meta.version}/articles/${id}.json`, JSON.stringify(record)]
}
