import type { GuideFrontmatter } from '../catalog/schema'
import { KEBAB } from '../catalog/slug'
import { BODY_COMPONENTS, BODY_SECTIONS, PAGE_SECTIONS } from '../catalog/sections'
import { awsCallsIn } from '../catalog/aws-commands'
import { cliCallProblems } from '../registry/cli-commands'
import type { ContentProblem } from './content-error'
import type { OutlineCode } from './remark-guide-outline'
import type { VFile } from 'vfile'

const MIN_CAUSES = 4

// Code blocks whose `aws` lines are commands to run; others hold output, code or configuration.
const SHELL_LANGUAGES = new Set(['', 'bash', 'sh', 'shell', 'zsh', 'console', 'powershell', 'ps1'])

/** Every `aws` command of the body's shell blocks and inline code, held against the CLI's commands and their flags. */
function checkBodyCommands(file: string, code: OutlineCode[]): ContentProblem[] {
  return code.flatMap(({ lang, value, line }) => {
    const inline = lang === 'inline'
    if (!inline && !SHELL_LANGUAGES.has(lang)) return []
    // Running text may name a service's commands as a whole (`aws s3`); only a command is checked there.
    const calls = awsCallsIn(value).filter((call) => !inline || call.words.length > 1)
    // A block's text starts on the line after its fence; inline code is on its own line.
    const lineOf = (callLine: number) => (line === undefined ? undefined : line + callLine - (inline ? 1 : 0))
    return calls.flatMap((call) => cliCallProblems(call.words).map((reason) => ({ file, field: 'body', reason, line: lineOf(call.line) })))
  })
}

/** Rules on a compiled body together with its frontmatter: sections, ids, components. */
export function checkGuideBody(file: string, guide: GuideFrontmatter, data: VFile['data']): ContentProblem[] {
  const problems: ContentProblem[] = []
  const outline = data.outline ?? { sections: [], esmLines: [], components: [], codeBlocks: [] }
  const headings = data.headings ?? []

  for (const line of outline.esmLines) {
    problems.push({ file, field: 'body', reason: `uses import/export; guides get components from the site (${BODY_COMPONENTS.join(', ')}), remove it`, line })
  }

  const ids = outline.sections.map((s) => s.id)
  let previous = -1
  for (const section of BODY_SECTIONS) {
    const index = ids.indexOf(section.id)
    if (index === -1) {
      if (section.required) problems.push({ file, field: 'body', reason: `missing required section "## ${section.title} [#${section.id}]"` })
    } else if (index < previous) {
      problems.push({ file, field: 'body', reason: `section #${section.id} is out of order; order: ${BODY_SECTIONS.map((s) => s.id).join(', ')}`, line: outline.sections[index]?.line })
    } else {
      previous = index
    }
  }
  if (ids.length > 0 && ids.includes('quick-fix') && ids[0] !== 'quick-fix') {
    problems.push({ file, field: 'body', reason: 'section #quick-fix must be the first section, so that it shows without scrolling', line: outline.sections[ids.indexOf('quick-fix')]?.line })
  }
  const causes = outline.sections.find((s) => s.id === 'causes')
  if (causes && causes.listItems < MIN_CAUSES) {
    problems.push({ file, field: 'body', reason: `section #causes lists ${causes.listItems} causes; at least ${MIN_CAUSES} are needed as a bulleted list`, line: causes.line })
  }

  for (const c of outline.components) {
    if (!(BODY_COMPONENTS as readonly string[]).includes(c.name)) {
      problems.push({ file, field: 'body', reason: `unknown component <${c.name}>; available: ${BODY_COMPONENTS.join(', ')}`, line: c.line })
    }
  }
  const checklists = outline.components.filter((c) => c.name === 'Checklist')
  if (checklists.length !== 1 || checklists[0]?.section !== 'checklist') {
    problems.push({ file, field: 'body', reason: 'must render <Checklist /> exactly once, inside the #checklist section' })
  }

  const owners = new Map<string, string>()
  const claim = (id: string, owner: string, field: string, line?: number) => {
    const first = owners.get(id)
    if (first) problems.push({ file, field, reason: `duplicate id "${id}" (already used by ${first})`, line })
    else owners.set(id, owner)
  }
  for (const s of Object.values(PAGE_SECTIONS)) owners.set(s.id, `the page's own "${s.title}" section`)
  for (const h of headings) {
    if (h.fixed && !KEBAB.test(h.id)) {
      problems.push({ file, field: 'body', reason: `heading id "${h.id}" must be lower-case words joined by hyphens`, line: h.line })
    }
    claim(h.id, `heading "${h.title}"`, 'body', h.line)
  }
  guide.checks.forEach((c, i) => claim(c.id, `check "${c.title}"`, `checks[${i}].id`))
  problems.push(...checkBodyCommands(file, outline.codeBlocks))
  return problems
}
