import { describe, expect, it } from 'vitest'
import { typingPause } from './typing-pause'

describe('typingPause', () => {
  it('waits out a burst of keys on a short error', () => {
    expect(typingPause(300)).toBe(200)
  })

  it('waits longer on a long paste, where each key and each match take longer', () => {
    expect(typingPause(1_900_000)).toBe(675)
    expect(typingPause(1_900_000)).toBeGreaterThan(typingPause(50_000))
  })
})
