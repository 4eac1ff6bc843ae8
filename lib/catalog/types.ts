import type { GuideFrontmatter } from './schema'

/** One line of a guide's table of contents; `id` is the fragment that links to it. */
export type TocEntry = { id: string; title: string; depth: 2 | 3 }

/** A guide as every reader of the catalog starts from it: its frontmatter and its slug. */
export type GuideSource = GuideFrontmatter & { slug: string }

/** A guide as the site and every derived index see it: its frontmatter plus where it lives. */
export type GuideEntry = GuideSource & { toc: TocEntry[] }

/** A guide with its body rendered to HTML at build time. */
export type RenderedGuide = GuideEntry & { html: string }
