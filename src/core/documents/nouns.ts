import type { DocumentNoun } from '../languages/language'
import { lowerCase } from '../text/matchable'
import { CHINESE_NOUNS, FIRST_WORDS, NOUN_ENTRIES, type DocumentKind } from './kind-words'

/** A document noun where a text writes it: "Statement", "заявления", "bəyanatına", "声明". */
export interface FoundNoun {
  start: number
  end: number
  noun: DocumentNoun | null
  kind: DocumentKind
}

export interface Word {
  text: string
  start: number
  end: number
}

/** Words: letters and digits, joined by inner hyphens and dots ("пресс-релиз", "Alma-Ata"); apostrophes split French elisions ("l'Accord"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.][\p{L}\p{M}\p{N}]+)*/gu

export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(WORD)) words.push({ text: match[0], start: match.index, end: match.index + match[0].length })
  return words
}

/** Words of one phrase stand next to each other, with nothing but a space between. */
const adjacent = (text: string, before: Word, after: Word) => after.start - before.end <= 2 && /^\s*$/.test(text.slice(before.end, after.start))

/** Every document noun in the text, in order; a phrase ("Final Act", "комплекс мер") counts once. */
export function findNouns(text: string): FoundNoun[] {
  const found = wordNouns(text)
  if (/\p{Script=Han}/u.test(text)) found.push(...chineseNouns(text))
  return found.sort((a, b) => a.start - b.start)
}

function wordNouns(text: string): FoundNoun[] {
  const words = wordsOf(text)
  // The tables are in lower case.
  const lower = words.map((word) => lowerCase(word.text))
  const found: FoundNoun[] = []
  for (let i = 0; i < words.length; i++) {
    const first = FIRST_WORDS.exec(lower[i]!)
    if (!first) continue
    // The alternation captures only the first entry whose first word matches; should its phrase
    // not follow, the later entries are tried one by one (longest phrase first, as ordered).
    const firstGroup = first.findIndex((group, index) => index > 0 && group !== undefined)
    for (let index = firstGroup - 1; index < NOUN_ENTRIES.length; index++) {
      const entry = NOUN_ENTRIES[index]!
      const last = i + entry.words.length - 1
      if (last >= words.length) continue
      let matches = index === firstGroup - 1 || entry.words[0]!.test(lower[i]!)
      for (let k = 1; k < entry.words.length && matches; k++) {
        matches = entry.words[k]!.test(lower[i + k]!) && adjacent(text, words[i + k - 1]!, words[i + k]!)
      }
      if (!matches) continue
      found.push({ start: words[i]!.start, end: words[last]!.end, noun: entry.noun, kind: entry.kind })
      i = last
      break
    }
  }
  return found
}

function chineseNouns(text: string): FoundNoun[] {
  const found: FoundNoun[] = []
  const taken = new Set<number>()
  for (const { text: noun, noun: documentNoun, kind } of CHINESE_NOUNS) {
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
      if (taken.has(at) || taken.has(at + noun.length - 1)) continue
      for (let i = at; i < at + noun.length; i++) taken.add(i)
      found.push({ start: at, end: at + noun.length, noun: documentNoun, kind })
    }
  }
  return found
}
