'use client'

import { useEffect } from 'react'
import { FactsTable } from '@/components/paste/facts-table'
import { useDiagnosis } from '@/components/paste/use-diagnosis'
import { withFacts } from '@/lib/share/share-param'
import { fillChecklist } from './fill-checklist'

type Props = { slug: string; share: string; anchor?: string }

const BOX = 'mt-6 rounded-lg border p-4 print:hidden'

/**
 * The guide's checklist filled in with the facts of a link: read by the paste page's worker, under
 * the share links' rules (identifiers only; a crafted link is refused whole), then shown in the
 * page's own checklist. Says what was filled, where to start, and links back to the plain guide.
 */
export default function FilledChecklist({ slug, share, anchor }: Props) {
  const { state, ask } = useDiagnosis()
  useEffect(() => ask({ kind: 'link', hash: `#${share}` }), [ask, share])
  const card = state.status === 'ready' ? state.diagnosis.cards.find((c) => c.slug === slug) : undefined

  useEffect(() => {
    if (!card) return
    const undo = fillChecklist(card.checks)
    const target = anchor ? document.getElementById(anchor) : null
    // The browser found no element for the whole fragment: show the check the link points to.
    target?.setAttribute('data-targeted', '')
    target?.scrollIntoView()
    return () => {
      target?.removeAttribute('data-targeted')
      undo()
    }
  }, [card, anchor])

  const plainGuide = `#${anchor ?? ''}`
  if (state.status === 'bad-link' || (state.status === 'ready' && !card)) {
    return (
      <p className={`${BOX} border-amber-600`} data-state="facts-refused">
        The facts in this link could not be read, so the checklist below is the plain guide. <a href={plainGuide}>Hide this note</a>
      </p>
    )
  }
  if (!card) return null
  const start = card.checks.find((c) => c.startHere)
  return (
    <section
      aria-labelledby="your-facts"
      className={`${BOX} border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40`}
      data-state="facts-filled"
    >
      <h2 id="your-facts" className="m-0 text-base font-semibold">
        This guide is filled in with your error&apos;s facts
      </h2>
      <p className="mt-1 mb-0 text-sm">
        The checklist&apos;s commands below use these values. They came in this page&apos;s link, which carries them and never the text of your error; links
        copied from this page carry them too.
      </p>
      <FactsTable rows={card.facts} caption={`The facts of your ${card.code} error`} />
      <p className="mt-3 mb-0 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {start && (
          <a href={withFacts(`#${start.id}`, share)} className="font-medium text-sky-800 underline dark:text-sky-300">
            {start.startHere} Go to “{start.title}”
          </a>
        )}
        <a href={plainGuide} className="font-medium text-sky-800 underline dark:text-sky-300">
          Show the plain guide
        </a>
      </p>
    </section>
  )
}
