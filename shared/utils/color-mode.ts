/** Where the reader's light/dark choice is kept: set in nuxt.config.ts for the color-mode head script, read by the header's toggle. */
export const COLOR_MODE_STORAGE_KEY = 'help-color-mode'
