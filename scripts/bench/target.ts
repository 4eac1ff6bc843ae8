/** How a figure compares with its goal (the targets in README's Performance section), printed beside the figure. */
export function againstTarget(target: string, met: boolean): string {
  return `target ${target}: ${met ? 'met' : 'NOT MET'}`
}
