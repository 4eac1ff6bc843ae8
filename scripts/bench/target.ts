/** How a figure compares with the goal the issue sets for it, printed beside the figure. */
export function againstTarget(target: string, met: boolean): string {
  return `target ${target}: ${met ? 'met' : 'NOT MET'}`
}
