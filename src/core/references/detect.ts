import type { LanguageCode, UnitStep } from '../languages/language'
import type { Designation } from './designation'
import { detectDocuments } from './detect-documents'
import { detectUnits } from './detect-units'
import { Reading } from './reading'

export type { Designation } from './designation'

export interface DetectedReference {
  /** Offsets in the text searched. */
  start: number
  end: number
  text: string
  /** The language of the words that made the reference ("статья" is Russian), else the text's. */
  language: LanguageCode
  /** The units cited, outermost first ("paragraph 2 of Article 53": article 53, paragraph 2); null for a whole document. */
  units: UnitStep[] | null
  /** The document as written; null when none is ("paragraph 3" alone). */
  designation: Designation | null
  /** Only with `before.mentions`: a document spoken of but not cited ("a presidential statement"), what "the text" after it means. */
  mention?: true
}

/** What the text before a paragraph leaves open for it. */
export interface TextBefore {
  /** Numbered units were cited: "this article", "указанного пункта" point back to them. */
  unitsCited?: boolean
  /** The paragraph before ended in a list of resolutions cut by a line break ("… 2134 (2014),"): "2149 (2014)" goes on with it. */
  resolutionsListed?: boolean
  /** Also return the documents spoken of but not cited, marked `mention`. */
  mentions?: boolean
}

/**
 * Finds the references in one text (a paragraph), in the order they stand: to units of a
 * document ("paragraph 4 of the Trilateral Statement of November 10, 2020", "пункта 9
 * Заявления", "Bəyanatın 9-cu bəndi", "المادة 51 من ميثاق الأمم المتحدة", "《联合国宪章》第七章",
 * "paragraph 1 above") and to whole documents ("S/RES/2334 (2016)", "резолюции 2334 (2016)",
 * "the trilateral Statement of 10 November 2020", "said document"). The text's language, when
 * known, decides between words that two languages write alike. Where the text cited numbered
 * units before (`before.unitsCited`), "this article" and "указанного пункта" are references too,
 * with a unit and no numbers: the ones cited before.
 */
export function detectReferences(text: string, language: LanguageCode | null = null, before: TextBefore = {}): DetectedReference[] {
  const reading = new Reading(text, language, before.resolutionsListed === true)
  const units = detectUnits(reading, before.unitsCited === true)
  const documents = detectDocuments(reading, units, before.mentions === true)
  const fallback = language ?? 'en'
  const references: DetectedReference[] = [
    ...units.map((match) => ({ start: match.start, end: match.end, language: match.language, units: match.steps, designation: match.designation?.designation ?? null })),
    ...documents.map((match) => ({ start: match.start, end: match.end, language: match.language ?? fallback, units: null, designation: match.designation, ...(match.mention ? { mention: match.mention } : {}) })),
  ]
    .sort((a, b) => a.start - b.start)
    .map((match) => {
      const start = reading.start(match.start)
      const end = reading.endOf(match.end)
      return { start, end, text: text.slice(start, end), language: match.language, units: match.units, designation: match.designation, ...('mention' in match ? { mention: true as const } : {}) }
    })
  return references
}
