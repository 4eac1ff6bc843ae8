import { createHighlighter, type Highlighter } from 'shiki'
import { tokenClasses } from './token-classes'

// The high-contrast GitHub themes: every token meets WCAG AA contrast (the plain ones' comments do not).
export const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const
const LANGS = ['bash', 'shellsession', 'json', 'yaml', 'python', 'javascript', 'typescript', 'java', 'go', 'hcl', 'powershell', 'csharp', 'xml', 'ini', 'text'] as const

/** Token colours as classes, shared by every code block of the build; build-content writes their stylesheet. */
export const TOKEN_CLASSES = tokenClasses()

let shared: Promise<Highlighter> | undefined

/** One highlighter for the whole build: loading grammars is the slow part. */
export function getHighlighter(): Promise<Highlighter> {
  shared ??= createHighlighter({ themes: Object.values(THEMES), langs: [...LANGS] })
  return shared
}

export function highlightCommand(highlighter: Highlighter, code: string): string {
  return highlighter.codeToHtml(code.trimEnd(), { lang: 'bash', themes: THEMES, defaultColor: 'light', transformers: [TOKEN_CLASSES.transformer] })
}
