import { createHash } from 'node:crypto'
import type { ShikiTransformer } from 'shiki'

/**
 * Shiki writes each token's colours inline: `style="color:#023B95;--shiki-dark:#91CBFF"` on every
 * span, a thousand times on a long guide, and again in the page's React payload. This gives each
 * distinct pair of colours one short class instead, named from the pair (so the same everywhere,
 * build after build), and collects the rules for one stylesheet.
 */
export function tokenClasses() {
  const rules = new Map<string, string>()
  const transformer: ShikiTransformer = {
    name: 'token-classes',
    span(node) {
      const style = node.properties.style
      if (typeof style !== 'string' || !style) return
      const name = `t-${createHash('sha256').update(style).digest('hex').slice(0, 8)}`
      rules.set(name, style)
      delete node.properties.style
      this.addClassToHast(node, name)
    },
  }
  /** The rules for every class handed out so far, in a stable order. */
  const stylesheet = () =>
    [...rules]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, style]) => `.${name}{${style}}`)
      .join('\n') + '\n'
  return { transformer, stylesheet }
}
