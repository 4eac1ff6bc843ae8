/** Lower-case words joined by single hyphens: the form of every slug, check id and heading id. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
