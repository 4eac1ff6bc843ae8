import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Diagnosis } from '@/lib/diagnosis/types'
import type { DiagnoseRequest, DiagnoseResponse } from './diagnose-protocol'
import { createDiagnoser, type DiagnosisState } from './diagnoser'

/** The worker as the page sees it: what was posted to it, and a way to answer as it would. */
class FakeWorker {
  static last: FakeWorker
  posted: DiagnoseRequest[] = []
  onmessage: ((event: MessageEvent<DiagnoseResponse>) => void) | null = null
  constructor() {
    FakeWorker.last = this
  }
  postMessage(request: DiagnoseRequest) {
    this.posted.push(request)
  }
  answer(request: DiagnoseRequest) {
    const diagnosis = { incident: request.kind === 'paste' ? request.text : '' } as unknown as Diagnosis
    this.onmessage!({ data: { id: request.id, diagnosis } } as MessageEvent<DiagnoseResponse>)
  }
  terminate() {}
}

const paste = (text: string) => ({ kind: 'paste', text }) as const

describe('createDiagnoser', () => {
  let state: DiagnosisState
  const report = (next: (s: DiagnosisState) => DiagnosisState) => {
    state = next(state)
  }
  beforeEach(() => {
    state = { status: 'empty' }
    vi.stubGlobal('Worker', FakeWorker)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('sends a question at once when the worker is idle, and shows its answer', () => {
    const diagnoser = createDiagnoser(report)
    diagnoser.ask(paste('first'))
    expect(FakeWorker.last.posted.map((r) => r.id)).toEqual([1])
    expect(state.status).toBe('working')
    FakeWorker.last.answer(FakeWorker.last.posted[0]!)
    expect(state).toMatchObject({ status: 'ready', diagnosis: { incident: 'first' } })
  })

  it('keeps questions asked while the worker matches until it answers, and then sends only the newest', () => {
    const diagnoser = createDiagnoser(report)
    diagnoser.ask(paste('a long paste'))
    diagnoser.ask(paste('a long paste, edited'))
    diagnoser.ask(paste('a long paste, edited again'))
    const worker = FakeWorker.last
    expect(worker.posted).toHaveLength(1)

    worker.answer(worker.posted[0]!)
    expect(state.status).toBe('working') // a stale answer is not shown
    expect(worker.posted.map((r) => r.kind === 'paste' && r.text)).toEqual(['a long paste', 'a long paste, edited again'])

    worker.answer(worker.posted[1]!)
    expect(state).toMatchObject({ status: 'ready', diagnosis: { incident: 'a long paste, edited again' } })
    expect(worker.posted).toHaveLength(2)
  })

  it('drops a waiting question when the field is cleared', () => {
    const diagnoser = createDiagnoser(report)
    diagnoser.ask(paste('a long paste'))
    diagnoser.ask(paste('a long paste, edited'))
    diagnoser.ask(null)
    FakeWorker.last.answer(FakeWorker.last.posted[0]!)
    expect(FakeWorker.last.posted).toHaveLength(1)
    expect(state.status).toBe('empty')
  })
})
