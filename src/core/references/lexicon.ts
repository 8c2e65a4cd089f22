import { ar } from '../languages/ar'
import { az } from '../languages/az'
import { de } from '../languages/de'
import { en } from '../languages/en'
import { es } from '../languages/es'
import { fr } from '../languages/fr'
import { hy } from '../languages/hy'
import { LANGUAGE_CODES, type LanguageCode, type LanguageTable, type Role } from '../languages/language'
import { ru } from '../languages/ru'
import { tr } from '../languages/tr'
import { uk } from '../languages/uk'
import { zh, ZH_BODIES, ZH_POINTERS } from '../languages/zh'
import { asciiHash, foldWord, type Token } from './tokens'

export const LANGUAGES: Record<LanguageCode, LanguageTable> = { en, ru, uk, fr, es, de, ar, zh, az, tr, hy }

export type Entry = Role & { language: LanguageCode }

/** What a word is, and what its Arabic clitics say: "للمادة" is "to the" + "article". */
export interface Lookup {
  entries: Entry[]
  /** The roles of the entries, one bit each (`ROLE_BITS`): asking whether a word has a role is one test. */
  roles: number
  /** The one language all entries belong to (its index in `LANGUAGE_CODES`), or -1. */
  single: number
  /** Among the entries, the noun "resolution". */
  resolution: boolean
  /** Arabic: written with the article "ال". */
  definite: boolean
  /** Arabic: a preposition written on the word: "ل" (of, to), "ب" (by), "و" (and). */
  clitic: 'of' | 'and' | null
  /** Arabic: a possessive ending ("مادته": its article). */
  possessive: boolean
}

const ROLE_NAMES: Role['role'][] = [
  'unit', 'noun', 'operative', 'ordinal', 'cardinal', 'qualifier', 'month', 'country', 'of', 'and', 'to', 'the', 'its', 'self', 'this',
  'said', 'above', 'dated', 'year', 'numero', 'leaders', 'signed', 'between', 'name', 'quantifier', 'indefinite', 'about', 'issued',
]
export const ROLE_BITS = Object.fromEntries(ROLE_NAMES.map((name, bit) => [name, 1 << bit])) as Record<Role['role'], number>

function lookupOf(entries: Entry[], definite = false, clitic: Lookup['clitic'] = null, possessive = false): Lookup {
  let roles = 0
  for (const entry of entries) roles |= ROLE_BITS[entry.role]
  const language = entries[0]?.language
  const single = language !== undefined && entries.every((entry) => entry.language === language) ? LANGUAGE_CODES.indexOf(language) : -1
  const resolution = entries.some((entry) => entry.role === 'noun' && entry.noun === 'resolution')
  return { entries, roles, single, resolution, definite, clitic, possessive }
}

export const NO_LOOKUP: Lookup = lookupOf([])

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
  ...zh.words.flatMap(([forms]) => forms).filter((form) => form.length > 1 || !'条條章款段项項节節编編部点點'.includes(form)),
  ...Object.keys(ZH_POINTERS),
  ...ZH_BODIES,
  '年', '月', '日',
])

/** The first three characters as a small integer (collisions are checked): a key without a new string. */
function prefixKey(word: string): number {
  return ((word.charCodeAt(0) << 20) ^ (word.charCodeAt(1) << 10) ^ word.charCodeAt(2)) & 0x3fffffff
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

/** One lookup per written form, made once: most words met are found here or nowhere. */
const lookupByForm = new Map<string, Lookup>([...byForm].map(([form, entries]) => [form, lookupOf(entries)]))

/**
 * The forms written in plain ASCII letters again, in an open-addressing table keyed by the hash
 * the tokenizer computes as it reads a word: a word of an English text that no table knows
 * (most of them) costs one or two array reads, not a string hash and a map look-up.
 */
const asciiForms = [...lookupByForm].filter(([form]) => /^[a-z]+$/.test(form))
const ASCII_MASK = (1 << Math.ceil(Math.log2(asciiForms.length * 2 + 2))) - 1
const asciiSlots = new Int32Array(ASCII_MASK + 1)
const asciiSlotForms: string[] = []
const asciiSlotLookups: Lookup[] = []
for (const [form, lookup] of asciiForms) {
  const hash = asciiHash(form)
  let slot = hash & ASCII_MASK
  while (asciiSlots[slot] !== 0) slot = (slot + 1) & ASCII_MASK
  asciiSlots[slot] = hash
  asciiSlotForms[slot] = form
  asciiSlotLookups[slot] = lookup
}

function asciiLookup(hash: number, word: string): Lookup | undefined {
  for (let slot = hash & ASCII_MASK; asciiSlots[slot] !== 0; slot = (slot + 1) & ASCII_MASK) {
    if (asciiSlots[slot] === hash && asciiSlotForms[slot] === word) return asciiSlotLookups[slot]
  }
  return undefined
}

/** The first three characters of every stem, as bits: most words start otherwise and are not looked at further. */
const stemPrefixBits = new Uint8Array(1 << 16)
for (const key of stemsByPrefix.keys()) stemPrefixBits[key & 0xffff] = 1

function stemEntries(word: string): Entry[] | undefined {
  if (word.length < 3) return undefined
  const key = prefixKey(word)
  if (stemPrefixBits[key & 0xffff] === 0) return undefined
  const candidates = stemsByPrefix.get(key)
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

const tailKey = (word: string): number => ((word.charCodeAt(word.length - 2) << 8) ^ word.charCodeAt(word.length - 1)) & 0xffff
/** Last two letters of the German compound heads and of their case endings: most words end otherwise and are not looked at further. */
const compoundTailBits = new Uint8Array(1 << 16)
for (const tail of [...[...compoundHeads.keys()].map((key) => key.slice(-2)), 'es', 'gs', 'ns', 'en']) compoundTailBits[tailKey(tail)] = 1

function compoundEntries(word: string): Entry[] | undefined {
  if (word.length < 7 || compoundTailBits[tailKey(word)] === 0) return undefined
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
    if (entries) return lookupOf(entries, attempt.definite, attempt.clitic)
    // "مادته", "قراره": a possessive ending; "ة" is written "ت" before it.
    for (const ending of ['ها', 'هم', 'ه']) {
      if (!attempt.form.endsWith(ending) || attempt.form.length < ending.length + 2) continue
      let stem = attempt.form.slice(0, -ending.length)
      if (stem.endsWith('ت')) stem = `${stem.slice(0, -1)}ة`
      const found = byForm.get(stem) ?? byForm.get(attempt.form.slice(0, -ending.length))
      if (found) return lookupOf(found, true, attempt.clitic, true)
    }
  }
  return NO_LOOKUP
}

/** Chinese words: a document noun at the end ("聯合國憲章", "該決議"), a pointer or qualifier at the start. */
function hanLookup(word: string): Lookup {
  const exact = byForm.get(word)
  if (exact) return lookupOf(exact)
  for (let length = Math.min(4, word.length - 1); length >= 1; length--) {
    const tail = byForm.get(word.slice(-length))
    if (tail?.some((entry) => entry.role === 'noun')) return lookupOf(tail.filter((entry) => entry.role === 'noun'))
  }
  return NO_LOOKUP
}

/** What one token is in the language tables, in every language that has it. */
export function lookUp(token: Token): Lookup {
  if (token.kind !== 'word') return NO_LOOKUP
  let lookup: Lookup
  if (token.script === 'arabic') lookup = arabicLookup(token.value)
  else if (token.script === 'han') lookup = hanLookup(token.value)
  else {
    const known = (token.hash !== 0 ? asciiLookup(token.hash, token.value) : lookupByForm.get(token.value)) ?? (token.base !== token.value ? lookupByForm.get(token.base) : undefined)
    if (known && token.script !== 'armenian') return known
    let entries = known?.entries
    if (!entries && token.script === 'latin') {
      entries = stemEntries(token.value) ?? (token.base !== token.value ? stemEntries(token.base) : undefined) ?? (token.capital ? compoundEntries(token.value) : undefined)
    }
    if (!entries) return NO_LOOKUP
    // Armenian writes "the" as an ending ("հռչակագիրը", "հայտարարությունն") and the plural with "եր" ("փաստաթղթերը").
    const armenian = token.script === 'armenian'
    const definite = armenian && (token.value.endsWith('ը') || token.value.endsWith('նն'))
    const found = armenian && /եր[^եր]{0,3}$/.test(token.value) ? entries.map((entry): Entry => (entry.role === 'noun' ? { ...entry, plural: true } : entry)) : entries
    lookup = lookupOf(found, definite)
  }
  return lookup
}
