import { formatIsoDate } from '../text/dates'

/** What a report knows of a document to name it. */
export interface Titled {
  path: string
  title: string
  publisher: string | null
  date: string | null
}

const sameTitle = (title: string): string => title.toLowerCase().replace(/\s+/g, ' ').trim()

/** "2020-11-10_statement" for "folder/2020-11-10_statement.txt". */
function fileStem(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/**
 * For documents that share one title, what tells each apart: the first of publisher, date, file
 * name and path that every one of them has and no two share; their place in the report last.
 */
function qualifiersOf(group: Titled[], places: number[]): string[] {
  const candidates = [
    group.map((document) => document.publisher),
    group.map((document) => (document.date ? formatIsoDate(document.date, 'short') : null)),
    group.map((document) => fileStem(document.path)),
    group.map((document) => document.path),
  ]
  for (const values of candidates) {
    if (values.every((value) => value) && new Set(values).size === values.length) return values as string[]
  }
  return places.map((place) => (place === 0 ? 'base' : `document ${place + 1}`))
}

/** Each document's title and, when another document of the report has the same title, what tells it apart. */
function titleQualifiers(documents: Titled[]): (string | null)[] {
  const groups = new Map<string, number[]>()
  documents.forEach((document, place) => {
    const key = sameTitle(document.title)
    groups.set(key, [...(groups.get(key) ?? []), place])
  })
  const qualifiers: (string | null)[] = documents.map(() => null)
  for (const places of groups.values()) {
    if (places.length < 2) continue
    const values = qualifiersOf(places.map((place) => documents[place]!), places)
    places.forEach((place, i) => (qualifiers[place] = values[i]!))
  }
  return qualifiers
}

/** Titles that tell the documents apart: "Statement (president.az)" beside "Statement (mfa.gov.az)". */
export function distinctTitles(documents: Titled[]): string[] {
  const qualifiers = titleQualifiers(documents)
  return documents.map((document, i) => (qualifiers[i] ? `${document.title} (${qualifiers[i]})` : document.title))
}

/** Bytes of text in UTF-8: what a file name's length limit (255 on most systems) counts. */
function utf8Length(text: string): number {
  let bytes = 0
  for (const character of text) {
    const code = character.codePointAt(0)!
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

/** Longest name of one document in a file name, in UTF-8 bytes: two of them and the words around stay under 255. */
const LABEL_BYTES = 90

/** Whole words from the start of a text that fit, then "…": only for a name with nothing shorter to stand for it. */
function firstWords(text: string, bytes: number): string {
  let kept = ''
  for (const word of text.split(' ')) {
    const longer = kept ? `${kept} ${word}` : word
    if (utf8Length(longer) > bytes - 3) break
    kept = longer
  }
  return `${kept || [...text].slice(0, Math.floor(bytes / 4)).join('')}…`
}

/** Characters no file system takes in a name, and control characters, become spaces. */
function safeForFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim()
}

/** A name as a file name takes it: whole when it fits, else its first words. */
function fitted(text: string): string {
  const safe = safeForFileName(text)
  return utf8Length(safe) <= LABEL_BYTES ? safe : firstWords(safe, LABEL_BYTES)
}

const fits = (text: string): boolean => utf8Length(safeForFileName(text)) <= LABEL_BYTES

/**
 * A short name of each document, for file names and the running header: the distinct title
 * when it is short enough, else what tells it from a document of the same title, else its file
 * name (the analyst's own short name for it), and only when that is too long too, the title's
 * first words.
 */
export function shortLabels(documents: Titled[]): string[] {
  const qualifiers = titleQualifiers(documents)
  const titles = distinctTitles(documents)
  return documents.map((document, i) => {
    const candidates = [titles[i]!, qualifiers[i], fileStem(document.path)]
    const short = candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate !== '' && fits(candidate))
    return short === undefined ? fitted(document.title) : safeForFileName(short)
  })
}

export type ReportFileFormat = 'pdf' | 'html' | 'docx'

/**
 * A report's file name, saying what it holds: "Comparison - A vs B.pdf", "Comparison - A vs B,
 * C and D.html", "Tracked changes - A to B.docx". Two documents of one title are named by what
 * tells them apart: "Comparison - Statement - president.az vs mfa.gov.az.pdf".
 */
export function reportFileName(documents: Titled[], format: ReportFileFormat): string {
  const labels = shortLabels(documents)
  const [base, ...others] = labels
  const qualifiers = titleQualifiers(documents)
  const oneTitle = documents.length === 2 && qualifiers[0] !== null && qualifiers[1] !== null
  const subject = oneTitle && fits(documents[0]!.title) ? `${safeForFileName(documents[0]!.title)} - ` : ''
  const pair = oneTitle ? [fitted(qualifiers[0]!), fitted(qualifiers[1]!)] : [base!, others[0]!]
  if (format === 'docx') return `Tracked changes - ${subject}${pair[0]} to ${pair[1]}.docx`
  if (others.length === 1) return `Comparison - ${subject}${pair[0]} vs ${pair[1]}.${format}`
  const listed = `${others.slice(0, -1).join(', ')} and ${others[others.length - 1]!}`
  const against = utf8Length(listed) <= 2 * LABEL_BYTES ? listed : `${others.length} documents`
  return `Comparison - ${base} vs ${against}.${format}`
}
