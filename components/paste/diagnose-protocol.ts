import type { Diagnosis } from '@/lib/diagnosis/types'

/** Messages between the paste page and its matching worker. `id` lets the page drop stale answers. */
export type DiagnoseRequest = { id: number; kind: 'paste'; text: string } | { id: number; kind: 'link'; hash: string }

export type DiagnoseResponse = { id: number; diagnosis: Diagnosis | null } | { id: number; failure: string }
