import { ar } from '../languages/ar'
import { az } from '../languages/az'
import { de } from '../languages/de'
import { en } from '../languages/en'
import { es } from '../languages/es'
import { fr } from '../languages/fr'
import { hy } from '../languages/hy'
import type { LanguageCode, LanguageTable, Role } from '../languages/language'
import { ru } from '../languages/ru'
import { tr } from '../languages/tr'
import { uk } from '../languages/uk'
import { zh, ZH_BODIES, ZH_POINTERS } from '../languages/zh'
import { foldWord, type Token } from './tokens'

export const LANGUAGES: Record<LanguageCode, LanguageTable> = { en, ru, uk, fr, es, de, ar, zh, az, tr, hy }

export type Entry = Role & { language: LanguageCode }

/** What a word is, and what its Arabic clitics say: "للمادة" is "to the" + "article". */
export interface Lookup {
  entries: Entry[]
  /** Arabic: written with the article "ال". */
  definite: boolean
  /** Arabic: a preposition written on the word: "ل" (of, to), "ب" (by), "و" (and). */
  clitic: 'of' | 'and' | null
  /** Arabic: a possessive ending ("مادته": its article). */
  possessive: boolean
}

export const NO_LOOKUP: Lookup = { entries: [], definite: false, clitic: null, possessive: false }

const byForm = new Map<string, Entry[]>()
/** Stems of agglutinating languages by their first three characters: their suffix chains are checked, not listed. */
const stemsByPrefix = new Map<number, { stem: string; entries: Entry[]; chains: ReadonlySet<string> }[]>()
/** German nouns that end compounds ("Nordatlantikvertrag", "Gründungscharta"), by their last four letters. */
const compoundHeads = new Map<string, { form: string; entries: Entry[] }[]>()

function add(map: Map<string, Entry[]>, form: string, entry: Entry): void {
  const list = map.get(form)
  if (!list) map.set(form, [entry])
  else if (!list.some((known) => sameEntry(known, entry))) list.push(entry)
}

function sameEntry(a: Entry, b: Entry): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Chinese words the tokenizer cuts out of runs of characters: every form of the Chinese table but single unit characters, pointers, bodies, date words. */
export const HAN_WORDS: ReadonlySet<string> = new Set([
  ...zh.words.filter(([, role]) => role.role !== 'unit').flatMap(([forms]) => forms),
  ...Object.keys(ZH_POINTERS),
  ...ZH_BODIES,
  '年', '月', '日',
])

function prefixKey(word: string): number {
  return word.charCodeAt(0) * 4294967296 + word.charCodeAt(1) * 65536 + word.charCodeAt(2)
}

for (const table of Object.values(LANGUAGES)) {
  for (const [forms, role] of table.words) {
    const entry: Entry = { ...role, language: table.code }
    const folded = forms.map((form) => (table.code === 'zh' ? form : foldWord(form)))
    for (const form of folded) add(byForm, form, entry)
    if (table.code === 'de' && role.role === 'noun') {
      for (const form of folded) {
        if (form.length < 5) continue
        const key = form.slice(-4)
        compoundHeads.set(key, [...(compoundHeads.get(key) ?? []), { form, entries: [entry] }])
      }
    }
  }
}
for (const table of Object.values(LANGUAGES)) {
  for (const [stems, role] of table.stems ?? []) {
    for (const stem of stems.map(foldWord)) {
      const key = prefixKey(stem)
      const list = stemsByPrefix.get(key) ?? []
      list.push({ stem, entries: [{ ...role, language: table.code }], chains: table.suffixChains ?? new Set() })
      list.sort((a, b) => b.stem.length - a.stem.length)
      stemsByPrefix.set(key, list)
    }
  }
}

function stemEntries(word: string): Entry[] | undefined {
  if (word.length < 3) return undefined
  const candidates = stemsByPrefix.get(prefixKey(word))
  if (!candidates) return undefined
  let found: Entry[] | undefined
  for (const { stem, entries, chains } of candidates) {
    const ending = word.slice(stem.length)
    if (!word.startsWith(stem) || (ending !== '' && !chains.has(ending))) continue
    // "qətnamələr", "kararları": the chain starts with the plural.
    const plural = /^l[aeə]r/.test(ending)
    found = [...(found ?? []), ...(plural ? entries.map((entry): Entry => (entry.role === 'noun' ? { ...entry, plural: true } : entry)) : entries)]
  }
  return found
}

function compoundEntries(word: string): Entry[] | undefined {
  if (word.length < 7) return undefined
  for (const { form, entries } of compoundHeads.get(word.slice(-4)) ?? []) if (word.endsWith(form)) return entries
  // A case ending after the head: "Nato-Vertrages", "Nordatlantikvertrags".
  for (const ending of ['es', 's', 'n', 'en']) {
    if (!word.endsWith(ending)) continue
    const stem = word.slice(0, -ending.length)
    for (const { form, entries } of compoundHeads.get(stem.slice(-4)) ?? []) if (stem.endsWith(form)) return entries
  }
  return undefined
}

const ARABIC_PROCLITICS: Record<string, 'of' | 'and'> = { و: 'and', ف: 'and', ل: 'of', ب: 'of', ك: 'of' }

/** An Arabic word without its clitics: "وللمادة" → "مادة", definite, after "و" and "ل". */
function arabicLookup(word: string): Lookup {
  const attempts: { form: string; definite: boolean; clitic: 'of' | 'and' | null }[] = []
  let rest = word
  let clitic: 'of' | 'and' | null = null
  attempts.push({ form: word, definite: false, clitic: null })
  for (let round = 0; round < 2 && rest.length > 2; round++) {
    if (round > 0) attempts.push({ form: rest, definite: false, clitic })
    if (rest.startsWith('ال')) attempts.push({ form: rest.slice(2), definite: true, clitic })
    if (rest.startsWith('لل')) attempts.push({ form: rest.slice(2), definite: true, clitic: 'of' })
    const first = rest[0]!
    const next = ARABIC_PROCLITICS[first]
    if (!next) break
    clitic = clitic ?? next
    rest = rest.slice(1)
  }
  for (const attempt of attempts) {
    const entries = byForm.get(attempt.form)
    if (entries) return { entries, definite: attempt.definite, clitic: attempt.clitic, possessive: false }
    // "مادته", "قراره": a possessive ending; "ة" is written "ت" before it.
    for (const ending of ['ها', 'هم', 'ه']) {
      if (!attempt.form.endsWith(ending) || attempt.form.length < ending.length + 2) continue
      let stem = attempt.form.slice(0, -ending.length)
      if (stem.endsWith('ت')) stem = `${stem.slice(0, -1)}ة`
      const found = byForm.get(stem) ?? byForm.get(attempt.form.slice(0, -ending.length))
      if (found) return { entries: found, definite: true, clitic: attempt.clitic, possessive: true }
    }
  }
  return NO_LOOKUP
}

/** Chinese words: a document noun at the end ("聯合國憲章", "該決議"), a pointer or qualifier at the start. */
function hanLookup(word: string): Lookup {
  const exact = byForm.get(word)
  if (exact) return { entries: exact, definite: false, clitic: null, possessive: false }
  for (let length = Math.min(4, word.length - 1); length >= 1; length--) {
    const tail = byForm.get(word.slice(-length))
    if (tail?.some((entry) => entry.role === 'noun')) return { entries: tail.filter((entry) => entry.role === 'noun'), definite: false, clitic: null, possessive: false }
  }
  return NO_LOOKUP
}

/** What one token is in the language tables, the document's language first when it has one. */
export function lookUp(token: Token, language: LanguageCode | null): Lookup {
  if (token.kind !== 'word') return NO_LOOKUP
  let lookup: Lookup
  if (token.script === 'arabic') lookup = arabicLookup(token.value)
  else if (token.script === 'han') lookup = hanLookup(token.value)
  else {
    const entries =
      byForm.get(token.value) ??
      (token.base !== token.value ? byForm.get(token.base) : undefined) ??
      (token.script === 'latin' ? (stemEntries(token.value) ?? stemEntries(token.base) ?? (token.capital ? compoundEntries(token.value) : undefined)) : undefined)
    // Armenian writes "the" as an ending ("հռչակագիրը", "հայտարարությունն") and the plural with "եր" ("փաստաթղթերը").
    const armenian = token.script === 'armenian'
    const definite = armenian && (token.value.endsWith('ը') || (token.value.endsWith('ն') && !token.value.endsWith('ին')))
    const found = armenian && entries && /եր[^եր]{0,3}$/.test(token.value) ? entries.map((entry): Entry => (entry.role === 'noun' ? { ...entry, plural: true } : entry)) : entries
    lookup = found ? { entries: found, definite, clitic: null, possessive: false } : NO_LOOKUP
  }
  if (language === null || lookup.entries.length < 2) return lookup
  const preferred = lookup.entries.filter((entry) => entry.language === language)
  return preferred.length > 0 && preferred.length < lookup.entries.length ? { ...lookup, entries: preferred } : lookup
}
