import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { BODY_SECTIONS } from '../lib/catalog/sections'
import { CONTENT_DIR } from '../lib/catalog/source'
import type { GuideEntry } from '../lib/catalog/types'
import { builtPage, collapsed, hasElementWithText, textOf } from './built-html'
import { catalog } from './catalog'
import { SAMPLE_GUIDES } from './pages'

/*
 * Every guide, checked from the page the build wrote, without a browser: the same promises as the
 * browser test in guide-page.spec.ts (which runs on the sample of guides), at a cost that stays small
 * with thousands of pages.
 */

for (const entry of catalog) {
  test(`${entry.code}: the built page shows its facts, sections and every check`, () => {
    const page = builtPage(`errors/${entry.slug}`)
    expect(page.title).toBe(`${entry.title} · AWS Error Guide`)
    expect(textOf(page.querySelector('h1'))).toBe(entry.title)

    const facts = page.querySelector('dl')!
    for (const code of entry.codes) expect(hasElementWithText(facts, code), `fact ${code}`).toBe(true)
    for (const term of ['Family', 'Services', 'HTTP status', 'Skill level', 'Time to fix', 'Last reviewed'])
      expect(hasElementWithText(facts, term), `term ${term}`).toBe(true)

    const article = page.querySelector('article')!
    const headings = [...article.querySelectorAll('h2')].map(textOf)
    for (const name of [
      'What the error means',
      'Common causes',
      'Diagnostic checklist',
      'How to fix',
      'How to prevent it',
      'What the message looks like',
      'Sources',
    ]) {
      expect(headings).toContain(name)
    }

    const checks = [...page.querySelectorAll('ol.checklist > li')]
    expect(checks).toHaveLength(entry.checks.length)
    entry.checks.forEach((check, i) => {
      const item = checks[i]!
      expect(item.id).toBe(check.id)
      expect(textOf(item.querySelector('h3'))).toBe(`${i + 1}.${check.title}`)
      const links = [...item.querySelectorAll('a')]
      expect(links.map((a) => a.getAttribute('href'))).toEqual([`#${check.id}`])
      if (check.command) expect(textOf(item.querySelector('pre'))).toBe(collapsed(check.command.trimEnd()))
    })

    for (const source of entry.sources) {
      const link = [...article.querySelectorAll('a')].find((a) => textOf(a) === source.title)
      expect(link?.getAttribute('href'), source.title).toBe(source.url)
    }

    const tocTargets = [...page.querySelectorAll('nav[aria-labelledby="toc-sidebar"] a')].map((a) => a.getAttribute('href')?.slice(1))
    expect(tocTargets).toEqual(entry.toc.map((t) => t.id))
    for (const id of tocTargets) expect(page.querySelectorAll(`[id="${id}"]`), `#${id} exists once`).toHaveLength(1)
  })

  test(`${entry.code}: wide content on the built page scrolls inside its own box`, () => {
    const page = builtPage(`errors/${entry.slug}`)
    // Code and tables may be wider than a phone; each scrolls sideways in its own box, so the page does not
    // (app/globals.css scrolls .shiki and a bare <pre> in a code block; the others carry overflow-x-auto).
    const scrolls = (pre: Element) =>
      pre.classList.contains('shiki') ||
      (!pre.hasAttribute('class') && !!pre.parentElement?.classList.contains('code-block')) ||
      !!pre.closest('.overflow-x-auto')
    for (const pre of page.querySelectorAll('article pre')) expect(scrolls(pre), textOf(pre).slice(0, 60)).toBe(true)
    for (const table of page.querySelectorAll('article table')) expect(table.closest('.table-scroll'), 'a table').not.toBeNull()
  })
}

/** What a guide page can show, by kind: each is a state of the template the browser checks must see. */
function statesOf(entry: GuideEntry): string[] {
  const page = builtPage(`errors/${entry.slug}`)
  const source = readFileSync(join(CONTENT_DIR, `${entry.slug}.mdx`), 'utf8')
  const optional = BODY_SECTIONS.filter((s) => !s.required).map((s) => s.id)
  return [
    ...[...page.querySelectorAll('article aside[aria-label]')].map((a) => `callout: ${a.getAttribute('aria-label')}`),
    ...(page.querySelector('article table') ? ['a table'] : []),
    ...[...source.matchAll(/^```(\w+)/gm)].map((m) => `code in ${m[1]}`),
    ...entry.toc.filter((t) => (optional as string[]).includes(t.id)).map((t) => `section #${t.id}`),
    entry.related.length ? 'related errors' : 'no related errors',
    ...(entry.anchorRedirects ? ['old anchors'] : []),
  ]
}

test('the sample of guides the browser checks shows every state any guide shows', () => {
  const everywhere = new Set(catalog.flatMap(statesOf))
  const sampled = new Set(catalog.filter((g) => SAMPLE_GUIDES.includes(g.slug)).flatMap(statesOf))
  const missing = [...everywhere]
    .filter((state) => !sampled.has(state))
    .map((state) => `${state} (e.g. ${catalog.find((g) => statesOf(g).includes(state))!.slug})`)
  expect(missing, 'add a guide that has it to SAMPLE_GUIDES in e2e/pages.ts').toEqual([])
})
