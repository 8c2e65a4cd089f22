import type { DocumentNoun, LanguageCode } from '../languages/language'
import { lowerCase } from '../text/matchable'
import { countriesIn } from './countries'
import { RESOLUTION_TITLE } from './document-kind'
import { HEREINAFTER, LEADER_WORDS, STATEMENT_OPENING, type DocumentKind } from './kind-words'
import { normaliseName } from './normalise'
import { findNouns } from './nouns'
import { isHeadFinal, titleProper, type TitleHead } from './title'

/** How many leaders' countries make a statement bilateral, trilateral, quadrilateral. */
const PARTY_ADJECTIVES: Readonly<Record<number, readonly string[]>> = { 2: ['joint', 'bilateral'], 3: ['trilateral', 'tripartite'], 4: ['quadrilateral'] }
/** Nouns of texts that parties make together. */
const JOINT_NOUNS: ReadonlySet<DocumentNoun> = new Set(['statement', 'declaration', 'communique', 'agreement', 'memorandum', 'protocol'])
/** A leader named this close to a country speaks for it: "the President of the Republic of Azerbaijan", "Azərbaycan Respublikası Prezidentinin". */
const LEADER_REACH = 50
/** Definitions of short names stand in the title and the first paragraphs. */
const DEFINITION_PARAGRAPHS = 3
const MAX_NAMES = 24
/** Where the name part of a title ends: "Charter of the United Nations, Article 51", "… - German translation". */
const TITLE_PART_END = /[,;:(]|\s[-–—]\s/u
const MAX_NAME_LENGTH = 300

/** The countries a text names, each once, in order. */
function countryKeys(text: string): string[] {
  return [...new Set(countriesIn(text).map((mention) => mention.key))]
}

/** Countries whose leader or government the text names: the parties of what they declare. */
function leadersCountries(text: string): string[] {
  const leaders = [...lowerCase(text).matchAll(LEADER_WORDS)].map((match) => match.index)
  const speaking = countriesIn(text).filter((mention) => leaders.some((at) => Math.abs(at - mention.start) <= LEADER_REACH))
  return [...new Set(speaking.map((mention) => mention.key))]
}

/** A statement's opening paragraph, where its parties introduce themselves: "We, the President of …". */
function declaringParagraph(paragraphs: readonly string[]): string | null {
  const first = paragraphs.slice(0, DEFINITION_PARAGRAPHS).find((text) => STATEMENT_OPENING.test(text))
  return first?.slice(0, 600) ?? null
}

/** Countries named in the title, or else in the parties' opening. */
export function documentParties(title: string, paragraphs: readonly string[]): string[] {
  const inTitle = countryKeys(title)
  if (inTitle.length > 0) return inTitle
  const opening = declaringParagraph(paragraphs)
  return opening ? countryKeys(opening) : []
}

const ARTICLES = /^(?:the|a|an|la|le|l|les|el|los|las|der|die|das|den|ال)\s/u
const QUOTED = /^[«"“„'‘「]([^«»"“”„'‘’「」]{1,80})[»"”“'’」]/u
const UNQUOTED = /^([^()[\],;.«»"“”„]{1,60})/u
const LEAD_IN = /^[\s,:—–-]{0,4}(?:as\s|als\s|как\s|بـ\s?)?[\s—–-]{0,2}/u

/** Short names a document defines for itself: "(hereinafter — the Statement)", "(hereinafter referred to as "the Agreement")". */
function definedNames(texts: readonly string[], kind: DocumentKind): string[] {
  const names: string[] = []
  for (const text of texts) {
    for (const match of lowerCase(text.slice(0, 2000)).matchAll(HEREINAFTER)) {
      const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 120)
      const lead = LEAD_IN.exec(rest)![0].length
      const term = (QUOTED.exec(rest.slice(lead)) ?? UNQUOTED.exec(rest.slice(lead)))?.[1]?.trim()
      if (!term) continue
      // Only a name for a document of this kind: "the Parties" and a cited "Statement" in a commentary are not its names.
      if (!findNouns(term).some((noun) => noun.kind === kind)) continue
      const name = normaliseName(term.replace(ARTICLES, ''))
      if (name) names.push(name)
    }
  }
  return names
}

export interface NamesInput {
  title: string
  paragraphs: readonly string[]
  language: LanguageCode | null
  head: TitleHead | null
  kind: DocumentKind
}

/**
 * What a document is called, normalised: its title; in head-initial languages the title from its
 * noun on ("charter of the united nations, article 51" → "charter of the united nations") and
 * "X of the Y" as "Y X"; the noun with the words before it ("joint statement"); the canonical
 * "trilateral statement" when three leaders' countries make it, whatever the language; the short
 * names it defines for itself.
 */
export function documentNames(input: NamesInput): string[] {
  const proper = titleProper(input.title)
  const names = [normaliseName(proper)]
  const head = input.head?.noun
  if (head && isHeadFinal(input.language)) {
    // "Birleşmiş Milletler Antlaşması - Madde 51": the name ends with its noun.
    names.push(normaliseName(proper.slice(0, head.end)))
  } else if (head) {
    const nounWords = normaliseName(proper.slice(head.start, head.end))
    const before = normaliseName(proper.slice(0, head.start)).split(' ').filter(Boolean).slice(-2)
    // "Charter of the United Nations, Article 51" → "charter of the united nations"; "Nordatlantikvertrag"; not "treaty" alone after "North Atlantic".
    const fromNoun = normaliseName(proper.slice(head.start).split(TITLE_PART_END)[0]!)
    if (fromNoun !== nounWords || before.length === 0) names.push(fromNoun)
    const ofWhom = /^(\S+) of the (.+)$/.exec(fromNoun)
    if (ofWhom && ofWhom[2]!.split(' ').length <= 4) names.push(`${ofWhom[2]} ${ofWhom[1]}`)
    // "North Atlantic Treaty", "joint statement"; but a numbered one is named by its number ("resolution 2334"), not "security council resolution".
    if (before.length > 0 && !/^\s\d/.test(proper.slice(head.end, head.end + 2))) names.push(`${before.join(' ')} ${nounWords}`)
  }
  if (head?.noun && JOINT_NOUNS.has(head.noun)) {
    const opening = declaringParagraph(input.paragraphs)
    const inTitle = leadersCountries(proper)
    const parties = inTitle.length >= 2 || !opening ? inTitle : leadersCountries(opening)
    const nouns = head.noun === 'statement' || head.noun === 'declaration' ? ['statement', 'declaration'] : [head.noun]
    for (const adjective of PARTY_ADJECTIVES[parties.length] ?? []) for (const noun of nouns) names.push(`${adjective} ${noun}`)
  }
  const resolution = RESOLUTION_TITLE.exec(proper)
  if (resolution) names.push(normaliseName(proper.slice(resolution[0].length)))
  names.push(...definedNames([input.title, ...input.paragraphs.slice(0, DEFINITION_PARAGRAPHS)], input.kind))
  return [...new Set(names.filter((name) => name.length > 0 && name.length <= MAX_NAME_LENGTH))].slice(0, MAX_NAMES)
}

const UN_SYMBOL = /(?<![\p{L}\d/])(?:A|S|E)\/(?:[A-Z]{1,10}\/)*\d{1,5}(?:\/\d{1,5})*(?:\s?\(\d{4}\))?/gu
const SYMBOL_ALONE = /^(?:A|S|E)\/(?:[A-Z]{1,10}\/)*\d{1,5}(?:\/\d{1,5})*(?:\s?\(\d{4}\))?$/u
/** The number right after the title's noun: "Resolution 822 (1993)", "Резолюция 2334 (2016)". */
const NUMBER_AFTER_NOUN = /^\s(?:No\.?\s|№\s?|n°\s?)?(\d{1,4})(?:\s?\((\d{4})\))?(?![\d/])/u
/** Or before it: "822 saylı qətnamə", "822 sayılı karar", "第822(1993)号决议". */
const NUMBER_BEFORE_NOUN = /(?:(\d{1,4})\s(?:saylı|sayılı|N)\s?|第(\d{1,4})(?:[(（](\d{4})[)）])?号)$/u

/** The UN symbols and resolution numbers a document carries: in its title, or alone on a line at its head. */
export function documentSymbols(title: string, paragraphs: readonly string[], head: TitleHead | null): string[] {
  const symbols = new Set<string>()
  const resolution = RESOLUTION_TITLE.exec(title)
  if (resolution) {
    symbols.add(resolution[1]!)
    symbols.add(`a/res/${resolution[1]!}`)
  }
  for (const match of title.matchAll(UN_SYMBOL)) symbols.add(match[0].toLowerCase().replace(/\s+/g, ' '))
  for (const text of paragraphs.slice(0, 5)) if (SYMBOL_ALONE.test(text)) symbols.add(text.toLowerCase().replace(/\s+/g, ' '))
  if (!resolution && head?.noun.noun === 'resolution') {
    const after = NUMBER_AFTER_NOUN.exec(title.slice(head.noun.end))
    const before = NUMBER_BEFORE_NOUN.exec(title.slice(Math.max(0, head.noun.start - 20), head.noun.start).trimEnd())
    const number = after?.[1] ?? before?.[1] ?? before?.[2]
    const year = after?.[2] ?? before?.[3]
    if (number) {
      if (year) symbols.add(`${number} (${year})`)
      if (year) symbols.add(`s/res/${number} (${year})`)
      symbols.add(`s/res/${number}`)
    }
  }
  return [...symbols]
}
