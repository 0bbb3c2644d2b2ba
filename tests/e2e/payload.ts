import { parse } from 'devalue'

// Nuxt wraps reactive state in named devalue types; for reading the data they are transparent.
const revivers = Object.fromEntries(
  ['ShallowReactive', 'Reactive', 'Ref', 'ShallowRef', 'NuxtError', 'Island'].map(name => [name, (value: unknown) => value]),
)
for (const empty of ['EmptyRef', 'EmptyShallowRef']) revivers[empty] = () => undefined

export function decodePayload(text: string): { data: Record<string, unknown>, prerenderedAt?: number } {
  return parse(text, revivers) as { data: Record<string, unknown> }
}
