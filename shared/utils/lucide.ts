/**
 * The Lucide icon a name stands for, as Nuxt UI names icons: `i-lucide-chevron-right`
 * → `chevron-right`; undefined for any other name. Category files and our own
 * components name icons this way.
 */
export function lucideName(icon: string): string | undefined {
  return /^i-lucide-([a-z0-9-]+)$/.exec(icon)?.[1]
}
