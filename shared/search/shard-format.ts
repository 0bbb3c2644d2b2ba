/**
 * The wire format of a shard. MiniSearch's own JSON spells every document id
 * and field length out as object keys; here ids are delta-encoded arrays and
 * text lengths are rounded, which is several times smaller once gzipped. The
 * browser unpacks a shard back into MiniSearch's JSON before loading it.
 */

/** What MiniSearch's `toJSON()` produces (serialization version 2), as far as shards use it. */
export interface MiniSearchJson {
  documentCount: number
  nextId: number
  documentIds: Record<string, number>
  fieldIds: Record<string, number>
  fieldLength: Record<string, number[]>
  averageFieldLength: number[]
  storedFields: Record<string, unknown>
  dirtCount: number
  index: Array<[string, Record<string, Record<string, number>>]>
  serializationVersion: number
}

/** A posting list of one field: the field's id, short-id deltas, and term frequencies (`0` when all are 1). */
type PackedPostings = [fieldId: number, idDeltas: number[], frequencies: number[] | 0]

export interface PackedShard {
  /** Global document ids of the shard's documents, delta-encoded. */
  ids: number[]
  /** Field lengths per document, flattened; text lengths in tens. */
  lengths: number[]
  terms: Array<[term: string, postings: PackedPostings[]]>
  /** How many documents contain each term (same order as `terms`), counted before pruning. */
  df: number[]
}

/**
 * A term's postings per field are capped at this many documents, keeping those
 * where the term weighs most. Only very common words reach it; their true
 * document frequency is kept in `df` so that they still count as common.
 */
export const MAX_POSTINGS_PER_FIELD = 400

// BM25's usual constants: how fast term frequency saturates, how much length matters.
const K1 = 1.2
const B = 0.7

/** The documents of a posting list worth keeping: those where the term weighs most (BM25's term-frequency part). */
function prunePostings(docs: Record<string, number>, lengthOf: (shortId: string) => number, averageLength: number): Record<string, number> {
  const entries = Object.entries(docs)
  if (entries.length <= MAX_POSTINGS_PER_FIELD) return docs
  const impact = ([shortId, tf]: [string, number]) => tf / (tf + K1 * (1 - B + B * lengthOf(shortId) / averageLength))
  return Object.fromEntries(entries.sort((a, b) => impact(b) - impact(a)).slice(0, MAX_POSTINGS_PER_FIELD))
}

// Text fields are long; BM25 needs their length only roughly.
const TEXT_LENGTH_STEP = 10

const deltas = (values: number[]) => values.map((v, i) => (i ? v - values[i - 1]! : v))
const undelta = (values: number[]) => values.reduce<number[]>((out, v, i) => (out.push(i ? out[i - 1]! + v : v), out), [])

export function packShard(json: MiniSearchJson, textFieldId: number, averageFieldLength: number[]): PackedShard {
  const df = json.index.map(([, fields]) => new Set(Object.values(fields).flatMap(docs => Object.keys(docs))).size)
  const index = json.index.map(([term, fields]): [string, Record<string, Record<string, number>>] => [term, Object.fromEntries(
    Object.entries(fields).map(([fieldId, docs]) => [fieldId, prunePostings(docs, id => json.fieldLength[id]![Number(fieldId)]!, averageFieldLength[Number(fieldId)]!)]),
  )])
  // Documents that pruning left without any posting are dropped, and the rest renumbered densely.
  const kept = [...new Set(index.flatMap(([, fields]) => Object.values(fields).flatMap(docs => Object.keys(docs).map(Number))))].sort((a, b) => a - b)
  const newId = new Map(kept.map((oldId, i) => [oldId, i]))
  const ids = kept.map(oldId => json.documentIds[oldId]!)
  const lengths = kept.flatMap(oldId => json.fieldLength[oldId]!.map((length, field) => (field === textFieldId ? Math.round(length / TEXT_LENGTH_STEP) : length)))
  const terms = index.map(([term, fields]): [string, PackedPostings[]] => [term, Object.entries(fields).map(([fieldId, docs]) => {
    const entries = Object.entries(docs).map(([shortId, tf]) => [newId.get(Number(shortId))!, tf] as const).sort((a, b) => a[0] - b[0])
    const frequencies = entries.map(([, tf]) => tf)
    return [Number(fieldId), deltas(entries.map(([id]) => id)), frequencies.every(tf => tf === 1) ? 0 : frequencies]
  })])
  return { ids: deltas(ids), lengths, terms, df }
}

export function unpackShard(packed: PackedShard, fields: string[], textFieldId: number, documentCount: number, averageFieldLength: number[]): MiniSearchJson {
  const ids = undelta(packed.ids)
  const documentIds: Record<string, number> = {}
  const fieldLength: Record<string, number[]> = {}
  ids.forEach((id, shortId) => {
    documentIds[shortId] = id
    fieldLength[shortId] = fields.map((_, f) => {
      const length = packed.lengths[shortId * fields.length + f]!
      return f === textFieldId ? length * TEXT_LENGTH_STEP : length
    })
  })
  const index = packed.terms.map(([term, postings]): [string, Record<string, Record<string, number>>] => [term, Object.fromEntries(
    postings.map(([fieldId, idDeltas, frequencies]) => [fieldId, Object.fromEntries(
      undelta(idDeltas).map((shortId, i) => [shortId, frequencies ? frequencies[i]! : 1]))]),
  )])
  return {
    documentCount,
    nextId: ids.length,
    documentIds,
    fieldIds: Object.fromEntries(fields.map((field, i) => [field, i])),
    fieldLength,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  }
}
