import fc from 'fast-check'
import Fuse from 'fuse.js'
import { describe, expect, it } from 'vitest'
import { FUSE_OPTIONS } from './fuse-options'
import { createGramFilter, rankCandidates } from './gram-filter'

const typos = (word: string) => Math.floor(word.length * FUSE_OPTIONS.threshold)
const fuseFinds = (word: string, text: string) => Fuse.match(word, text, { ...FUSE_OPTIONS, keys: undefined }).isMatch
const keeps = (word: string, text: string) => rankCandidates(createGramFilter([[{ text, weight: 1 }]]), [{ text: word, typos: typos(word) }], 1).length === 1

// Few letters, so random words and texts often match one another, exactly or nearly.
const letters = fc.constantFrom(...'abcdet')
const wordOf = (min: number, max: number) => fc.string({ unit: letters, minLength: min, maxLength: max })
const textOf = fc.array(wordOf(1, 12), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '))

describe('the first pass never leaves out a field in which fuse finds the word', () => {
  it('for random words and texts', () => {
    fc.assert(
      fc.property(wordOf(2, 14), textOf, (word, text) => {
        if (fuseFinds(word, text)) expect(keeps(word, text), `"${word}" in "${text}"`).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('for a piece of the text retyped with as many typos as fuse forgives', () => {
    const retyped = textOf.chain((text) =>
      fc.record({
        text: fc.constant(text),
        start: fc.nat(text.length - 1),
        length: fc.integer({ min: 2, max: 14 }),
        edits: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('drop', 'swap', 'add'), letter: letters }), { maxLength: 3 }),
      }),
    )
    fc.assert(
      fc.property(retyped, ({ text, start, length, edits }) => {
        let word = text.slice(start, start + length).replace(/ /g, '')
        for (const { at, kind, letter } of edits.slice(0, typos(word))) {
          const i = at % Math.max(1, word.length)
          word =
            kind === 'drop'
              ? word.slice(0, i) + word.slice(i + 1)
              : kind === 'swap'
                ? word.slice(0, i) + letter + word.slice(i + 1)
                : word.slice(0, i) + letter + word.slice(i)
        }
        if (word.length >= 2 && fuseFinds(word, text)) expect(keeps(word, text), `"${word}" in "${text}"`).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('ranking', () => {
  const filter = createGramFilter([
    [{ text: 'throttlingexception', weight: 8 }],
    [{ text: 'what to do when calls are throttled', weight: 2 }],
    [{ text: 'provisionedthroughputexceededexception', weight: 8 }],
  ])
  const rank = (...words: string[]) =>
    rankCandidates(
      filter,
      words.map((text) => ({ text, typos: typos(text) })),
      10,
    ).map((c) => c.record)

  it('puts the record whose best field matches the word most fully, at the highest weight, first', () => {
    expect(rank('throttlng')).toEqual([0, 1])
  })

  it('keeps only records in which every word can match', () => {
    expect(rank('throttled', 'calls')).toEqual([1])
  })

  it('finds a one-letter word at the start of words', () => {
    expect(rank('w')).toEqual([1])
  })

  it('returns, for each record, the fields in which some word can match', () => {
    const two = createGramFilter([
      [
        { text: 'rate exceeded', weight: 3 },
        { text: 'slow down', weight: 2 },
        { text: 'exceeded the rate', weight: 1 },
      ],
    ])
    expect(rankCandidates(two, [{ text: 'rate', typos: 0 }], 1)).toEqual([{ record: 0, fields: [0, 2] }])
  })
})
