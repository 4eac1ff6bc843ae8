import { describe, expect, it } from 'vitest'
import { getHighlighter, highlightCommand, TOKEN_CLASSES } from './highlighter'

describe('highlighted code carries its colours as classes, not inline styles', () => {
  it('gives tokens of the same colours the same class, and the stylesheet a rule for each', async () => {
    const html = highlightCommand(await getHighlighter(), 'aws s3 ls s3://bucket --region eu-west-1\naws sts get-caller-identity')
    const tokens = [...html.matchAll(/<span class="(t-[0-9a-f]{8})">/g)].map((m) => m[1]!)
    expect(tokens.length).toBeGreaterThan(4)
    expect(html).not.toMatch(/<span style=/)
    const css = TOKEN_CLASSES.stylesheet()
    for (const name of new Set(tokens)) expect(css).toMatch(new RegExp(`^\\.${name}\\{color:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}\\}$`, 'm'))
    // The first word of each line is the same command, in the same colours.
    const firstOfLine = [...html.matchAll(/<span class="line"><span class="(t-[0-9a-f]{8})">aws<\/span>/g)].map((m) => m[1])
    expect(firstOfLine).toHaveLength(2)
    expect(firstOfLine[0]).toBe(firstOfLine[1])
  })
})
