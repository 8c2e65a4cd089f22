import type { UnitStep } from '../languages/language'

function unitName(kind: string): string {
  return kind === 'subparagraph' ? 'sub-paragraph' : kind
}

/** A unit path in words, innermost first as one says it: "paragraph 2 of article 53", "points 4 and 5". */
export function unitsInWords(path: readonly UnitStep[]): string {
  return [...path]
    .reverse()
    .map((step) => {
      const numbers = step.numbers
      const plural = numbers.length > 1 ? 's' : ''
      const listed = numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}` : (numbers[0] ?? '')
      return `${unitName(step.kind)}${plural} ${listed}`.trim()
    })
    .join(' of ')
}
