// The entry point of the search index: its version and which shards exist.
export default defineEventHandler(async event => (await useSearchIndex(event)).meta)
