import type { DocumentNoun } from '../languages/language'
import type { Dateline } from './dateline'
import {
  DECLARING, LETTER_WORDING, OFFICIAL_WORDS, OUTLET_WORDS, REPORTING, RESOLUTION_OPENING, RESOLUTION_PARAGRAPH, SPEECH_OPENING, STATEMENT_OPENING, TREATY_WORDING,
  type DocumentKind,
} from './kind-words'
import { lowerCase } from '../text/matchable'
import type { TitleHead } from './title'

export interface KindInput {
  title: string
  head: TitleHead | null
  /** The first paragraphs' texts. */
  opening: readonly string[]
  dateline: Dateline | null
  publisher: string | null
}

/** "80/37. Reducing nuclear danger": a General Assembly resolution's title. */
export const RESOLUTION_TITLE = /^(\d{1,4}\/\d{1,4})\.\s/

/** Paragraphs read for how a document opens. */
const OPENING_PARAGRAPHS = 5
/** Reported speech this many times in the first paragraphs makes a report. */
const REPORTING_TIMES = 2

function isOutlet(publisher: string | null): boolean {
  const name = publisher === null ? '' : lowerCase(publisher)
  return OUTLET_WORDS.test(name) && !OFFICIAL_WORDS.test(name)
}

/** What the opening paragraphs say the document is: "The General Assembly,", "We, the President of … declare", "I have the honour to". */
function kindFromOpening(opening: readonly string[]): DocumentKind | null {
  const paragraphs = opening.slice(0, OPENING_PARAGRAPHS)
  const lower = paragraphs.map((text) => lowerCase(text.slice(0, 1000)))
  if (paragraphs.some((text) => RESOLUTION_OPENING.test(text) || RESOLUTION_PARAGRAPH.test(text))) return 'resolution'
  if (lower.some((text) => TREATY_WORDING.test(text))) return 'treaty'
  if (paragraphs.some((text, index) => STATEMENT_OPENING.test(text) && DECLARING.test(lower[index]!))) return 'statement'
  if (lower.slice(0, 3).some((text) => LETTER_WORDING.test(text.slice(0, 300)))) return 'letter'
  if (lower.slice(0, 3).some((text) => SPEECH_OPENING.test(text))) return 'speech'
  return null
}

function reportedSpeech(opening: readonly string[]): number {
  return opening.slice(0, 3).reduce((count, text) => count + (lowerCase(text.slice(0, 2000)).match(REPORTING)?.length ?? 0), 0)
}

/**
 * What a document is, from its title and opening, strongest evidence first: a title built on a
 * document noun ("Joint Statement …", "Commentary of …") says it (unless a head-final title ends
 * with it under an agency's dateline); then a resolution's number; then
 * a news report's signs (a dateline naming an agency, an outlet as publisher), so that a report
 * about a statement is not taken for the statement; then how the text opens; then a noun after
 * names in a headline-like title; then reported speech; else 'other'.
 */
export function documentKind(input: KindInput): { kind: DocumentKind; noun: DocumentNoun | null } {
  const { head } = input
  const noun = head?.noun.noun ?? (RESOLUTION_TITLE.test(input.title) ? 'resolution' : null)
  const reported = Boolean(input.dateline?.agency) || isOutlet(input.publisher)
  // A head-final headline ends with its object ("…签署声明", "leaders sign a statement"): an agency's dateline outweighs it.
  if (head?.names && !(head.last && reported)) return { kind: head.noun.kind, noun }
  if (RESOLUTION_TITLE.test(input.title)) return { kind: 'resolution', noun }
  if (reported) return { kind: 'news', noun }
  const opened = kindFromOpening(input.opening)
  // An excerpt of a resolution's paragraphs is a resolution: "this resolution" in it is itself.
  if (opened) return { kind: opened, noun: noun ?? (opened === 'resolution' ? 'resolution' : null) }
  if (head) return { kind: head.noun.kind, noun }
  if (reportedSpeech(input.opening) >= REPORTING_TIMES) return { kind: 'news', noun }
  return { kind: 'other', noun }
}
