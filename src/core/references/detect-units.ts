import type { LanguageCode, UnitKind, UnitStep } from '../languages/language'
import { designationAfter, designationBefore, type Phrase } from './detect-designation'
import { LANGUAGES } from './lexicon'
import type { NumberPart, Reading } from './reading'

/** A unit reference found in the tokens: its units, outermost first, and the document written with them. */
export interface UnitMatch {
  /** Token indexes, end exclusive. */
  start: number
  end: number
  steps: UnitStep[]
  language: LanguageCode
  designation: Phrase | null
}

/** One unit word with its numbers: "paragraphs 3 and 4", "6-м пункте", "第七章", "§ 1", "51. maddesi". */
interface Atom {
  start: number
  end: number
  kind: UnitKind
  numbers: string[]
  /** Parts written on a single number: "27(3)", "2 § 4", "42.7", "3 (b) (i) and (ii)". */
  parts: NumberPart[]
  language: LanguageCode
  /** How the numbers are written: after the word, before it as ordinals, before it plainly, or not at all. */
  numbered: 'after' | 'ordinal' | 'ordinal word' | 'plain before' | 'none'
  /** The unit word carries its document: Arabic "مادته" (its article). */
  possessive: boolean
  /** Written in capitals at the start of a line, like a heading ("PART II.", "CHAPITRE II"). */
  headingLike: boolean
  /** Only a part of a longer citation ("Satz 1", "Nr. 3"), or written with "§". */
  inner?: boolean
  section?: boolean
}

/** Outer units rank higher: "paragraph 2 of Article 53" nests the paragraph in the article. */
const RANK: Record<UnitKind, number> = {
  part: 8, annex: 8, chapter: 7, section: 6, article: 5, rule: 5, paragraph: 4, point: 4, 'operative paragraph': 4, 'preambular paragraph': 4, subparagraph: 3, clause: 2,
}
/** The unit a part written on a number stands for: "Article 27(3)" is paragraph 3 of Article 27. */
const INNER: Record<UnitKind, UnitKind> = {
  part: 'chapter', annex: 'paragraph', chapter: 'article', section: 'paragraph', article: 'paragraph', rule: 'paragraph', paragraph: 'subparagraph', point: 'subparagraph',
  'operative paragraph': 'subparagraph', 'preambular paragraph': 'subparagraph', subparagraph: 'clause', clause: 'clause',
}
/** Abbreviated unit words are this short and take a dot: "art.", "para.", "п.", "ст.", "Mad.". */
const ABBREVIATION_LENGTH = 5

function atomAt(r: Reading, u: number): Atom | null {
  const token = r.token(u)!
  if (token.kind === 'punct' && token.value === '§') {
    let j = u + 1
    if (r.punct(j, '§')) j++
    const numbers = r.numbersAt(j, false)
    if (!numbers) return null
    return { start: u, end: numbers.end, kind: 'paragraph', numbers: numbers.numbers, parts: numbers.parts, language: r.preferredLanguage() ?? 'fr', numbered: 'after', possessive: false, headingLike: false, section: true }
  }
  if (token.kind === 'word' && token.value === '第') return hanAtom(r, u)
  const entry = r.role(u, 'unit')
  if (!entry) return null
  // Chinese unit words stand before their numbers only when longer than one character: "附件四".
  if (token.script === 'han' && token.value.length < 2) return null
  let kind: UnitKind = entry.unit
  let start = u
  // "sub-paragraph"
  if (kind === 'paragraph' && r.punct(u - 1, '-') && r.attached(u) && r.word(u - 2, 'sub')) {
    kind = 'subparagraph'
    start = u - 2
  }
  const operative = r.role(start - 1, 'operative')
  if (operative && (kind === 'paragraph' || kind === 'point')) {
    kind = operative.unit
    start--
  }
  let j = u + 1
  if (r.punct(j, '.') && r.attached(j) && token.value.length <= ABBREVIATION_LENGTH) j++
  const operativeAfter = r.role(j, 'operative')
  if (operativeAfter && (kind === 'paragraph' || kind === 'point')) {
    kind = operativeAfter.unit
    j++
  }
  if (r.is(j, 'numero')) {
    j++
    if (r.punct(j, '.') && r.attached(j)) j++
  }
  const possessive = r.lookup(u).possessive
  const headingLike = token.upper && (u === 0 || token.space === 2)
  // "maddesinin 4. fıkrasında", "bəndinin 4-cü yarımbəndi": an ordinal written before the next unit word is that unit's.
  const ordinalOfNext = r.token(j)?.kind === 'number' && ((r.punct(j + 1, '.') && r.attached(j + 1) && r.is(j + 2, 'unit')) || (r.ordinalSuffix(j) && r.is(j + 1, 'unit')))
  const after = ordinalOfNext ? null : r.numbersAt(j, true, entry.language === 'de' && kind === 'article')
  if (after) return { start, end: after.end, kind, numbers: after.numbers, parts: after.parts, language: entry.language, numbered: 'after', possessive, headingLike, inner: entry.inner }
  const letter = kind === 'subparagraph' ? r.letterAt(j) : null
  if (letter !== null) return { start, end: j + 1, kind, numbers: [letter], parts: [], language: entry.language, numbered: 'after', possessive, headingLike, inner: entry.inner }
  const before = numbersBefore(r, start, entry.language, token.value)
  const end = r.punct(u + 1, '.') && r.attached(u + 1) && token.value.length <= ABBREVIATION_LENGTH ? u + 2 : u + 1
  if (before) return { start: before.start, end, kind, numbers: before.numbers, parts: [], language: entry.language, numbered: before.how, possessive, headingLike: false }
  return { start, end, kind, numbers: [], parts: [], language: entry.language, numbered: 'none', possessive, headingLike: false }
}

/** Plural genitives that count rather than cite: "10 пунктов", "10 пунктів". */
const COUNTING_ENDINGS = ['ов', 'ів', 'ей']

/** Ordinals before a unit word: "6-м пункте", "4-cü, 9-cu bəndini", "the first and second", "51. maddesi", "9 пункта". */
function numbersBefore(r: Reading, s: number, language: LanguageCode, unitWord: string): { start: number; numbers: string[]; how: Atom['numbered'] } | null {
  const table = LANGUAGES[language]
  const numbers: string[] = []
  let how: Atom['numbered'] = 'ordinal'
  let j = s - 1
  for (;;) {
    const token = r.token(j)
    if (!token) break
    let value: string | null = null
    let next = j - 1
    if (token.kind === 'number' && r.ordinalSuffix(j) && token.value.length <= 4) value = String(Number(token.value))
    else if (table.dotOrdinals && r.punct(j, '.') && r.attached(j) && r.token(j - 1)?.kind === 'number' && r.token(j - 1)!.suffix === '' && r.token(j - 1)!.value.length <= 4) {
      value = String(Number(r.token(j - 1)!.value))
      next = j - 2
    } else if (r.role(j, 'ordinal') && r.role(j, 'ordinal')!.language !== 'ar') {
      value = String(r.role(j, 'ordinal')!.value)
      how = 'ordinal word'
    } else if (numbers.length === 0 && table.numberBeforeUnit && token.kind === 'number' && token.suffix === '' && token.value.length <= 3 && !COUNTING_ENDINGS.some((ending) => unitWord.endsWith(ending))) {
      value = String(Number(token.value))
      how = 'plain before'
    }
    if (value === null) break
    numbers.push(value)
    j = next
    if (how === 'plain before') break
    if ((r.punct(j, ',', '、') || r.is(j, 'and')) && j > 0) {
      const before = r.token(j - 1)!
      const another = before.kind === 'number' || r.is(j - 1, 'ordinal') || (table.dotOrdinals && r.punct(j - 1, '.'))
      if (another) {
        j--
        continue
      }
    }
    break
  }
  if (numbers.length === 0) return null
  numbers.reverse()
  // "the first point", "le premier paragraphe": the article belongs to the reference.
  const article = r.role(j, 'the') ?? r.role(j, 'this')
  if (article && article.language === language && r.token(j)!.kind === 'word') j--
  return { start: j + 1, numbers, how }
}

/** "About", written before what a document is about: "关于…的决议". */
const HAN_ABOUT = ['关于', '關於', '有关', '有關']

/** "第七章", "第2(4)條", "第五十一条", "第9和第11段", "第8(a)㈢段": "第", numbers, a unit character. */
function hanAtom(r: Reading, u: number): Atom | null {
  const numbers: string[] = []
  let j = u
  while (r.word(j, '第') && r.token(j + 1)?.kind === 'number' && r.attached(j + 1) && numbers.length < 100) {
    numbers.push(String(Number(r.token(j + 1)!.value)))
    j += 2
    if ((r.is(j, 'and') || r.punct(j, '、')) && r.word(j + 1, '第')) j++
    else break
  }
  if (numbers.length === 0) return null
  const parts = numbers.length === 1 ? r.partsFrom(j) : { parts: [], end: j }
  j = parts.end
  const unit = r.role(j, 'unit')
  if (!unit || r.token(j)!.script !== 'han' || !r.attached(j)) return null
  // "第一项关于…的决议", "第二项决议": 项 counts documents there, it is no item of one.
  if (unit.unit === 'point' && (r.is(j + 1, 'noun') || HAN_ABOUT.some((about) => r.token(j + 1)?.value.startsWith(about)))) return null
  return { start: u, end: j + 1, kind: unit.unit, numbers, parts: parts.parts, language: 'zh', numbered: 'after', possessive: false, headingLike: false }
}

function stepsOf(atom: Atom): UnitStep[] {
  const steps: UnitStep[] = [{ kind: atom.kind, numbers: atom.numbers }]
  for (const part of atom.parts) {
    const outer = steps[steps.length - 1]!
    // "paragraph 4.1" keeps its number; "Article 42.7" is paragraph 7 of Article 42.
    if (part.decimal && outer.kind !== 'article') outer.numbers = [`${outer.numbers[0]!}.${part.numbers[0]!}`]
    else steps.push({ kind: INNER[outer.kind], numbers: part.numbers })
  }
  return steps
}

/** How atom b follows atom a: as a unit inside it ("Article 27, paragraph 3"), around it ("paragraph 2 of Article 53"), or not at all. */
function link(r: Reading, a: Atom, b: Atom): 'inner' | 'outer' | null {
  const gap = b.start - a.end
  // "Abs. 2 Satz 1 Nr. 1": German citation parts go inward in the order written.
  if (b.inner && (gap === 0 || (gap === 1 && r.punct(a.end, ',')))) return 'inner'
  if (gap < 0 || gap > 2 || RANK[a.kind] === RANK[b.kind]) return null
  const inner = RANK[b.kind] < RANK[a.kind]
  // "clause in Article IV": a unit without a number is never the one cited.
  if ((inner ? b : a).numbers.length === 0) return null
  if (gap === 0) return inner ? 'inner' : LANGUAGES[a.language].genitiveAfterUnit ? 'outer' : null
  if (gap === 1 && r.punct(a.end, ',', '.', '/')) return inner ? 'inner' : null
  if (gap === 1 && (r.is(a.end, 'of') || r.lookup(b.start).clitic === 'of')) return inner ? null : 'outer'
  return null
}

/**
 * The unit references of a paragraph: each unit word read with its numbers, units that nest
 * chained ("paragraph 2 of Article 53", "п. 4 ст. 2", "BM Antlaşması’nın 2. maddesinin 4.
 * fıkrası", "第五十一条第二款"), and the document written after or before them.
 */
/**
 * `unitsCitedBefore`: the text cited numbered units before this one, so that "this article" and
 * "указанного пункта" point back to them; elsewhere they are prose ("At this point", "This
 * article by our correspondent").
 */
export function detectUnits(r: Reading, unitsCitedBefore = false): UnitMatch[] {
  const atoms: Atom[] = []
  for (const u of r.unitAnchors) {
    const last = atoms[atoms.length - 1]
    if (last && u < last.end) continue
    let atom = atomAt(r, u)
    if (!atom) continue
    const previous = atoms[atoms.length - 1]
    // "статті 3 додатка": the number before belongs to the unit before; this one has none.
    if (previous && atom.start < previous.end && atom.numbered !== 'after' && u >= previous.end) atom = { ...atom, start: u, numbers: [], numbered: 'none' }
    // "§§", or an ordinal read twice: keep the first reading.
    if (previous && atom.start < previous.end) continue
    atoms.push(atom)
  }
  // German statutes: "§ 3 Abs. 2" is section 3, paragraph 2.
  for (let i = 0; i + 1 < atoms.length; i++) {
    const atom = atoms[i]!
    if (atom.section && atoms[i + 1]!.kind === 'paragraph' && atoms[i + 1]!.start === atom.end) atom.kind = 'section'
  }
  const found: UnitMatch[] = []
  let taken = 0
  for (let i = 0; i < atoms.length; i++) {
    if (atoms[i]!.inner || !mayCite(r, atoms, i, unitsCitedBefore)) continue
    const chain = [atoms[i]!]
    let order: UnitStep[] = stepsOf(atoms[i]!)
    while (i + 1 < atoms.length) {
      const next = atoms[i + 1]!
      const linked = link(r, chain[chain.length - 1]!, next)
      // Chinese lists units one by one: "第87條與第301條".
      if (!linked && next.language === 'zh' && next.kind === chain[chain.length - 1]!.kind && next.start - chain[chain.length - 1]!.end === 1 && r.is(next.start - 1, 'and')) {
        const last = order[order.length - 1]!
        order = [...order.slice(0, -1), { kind: last.kind, numbers: [...last.numbers, ...next.numbers] }]
        chain.push(next)
        i++
        continue
      }
      if (!linked) break
      order = linked === 'inner' ? [...order, ...stepsOf(next)] : [...stepsOf(next), ...order]
      chain.push(next)
      i++
    }
    const first = chain[0]!
    const last = chain[chain.length - 1]!
    if (!chain.some((atom) => atom.numbers.length > 0) && chain.length > 1) continue
    const start = Math.min(...chain.map((atom) => atom.start))
    const end = last.end
    if (start < taken) continue
    const language = first.language
    const before = LANGUAGES[language].documentBeforeUnits ? designationBefore(r, start, language, taken) : null
    const designation = before ?? designationAfter(r, end, language) ?? (before === null ? designationBefore(r, start, language, taken) : null)
    const pointer = unitsCitedBefore && designation === null && chain.length === 1 && pointedBack(r, first) ? start - 1 : start
    if (!keep(r, chain, designation, start, end, pointer < start)) continue
    const from = designation && designation.start < start ? designation.start : pointer
    let to = designation && designation.end > end ? designation.end : end
    // "L’article 51 de la Charte (chapitre VII)", "المادة 51 من ميثاق الأمم المتحدة في فصله السابع": the unit around it, after the document.
    const bracket = r.punct(to, '(')
    const connector = !bracket && (r.is(to, 'of') || r.lookup(to).clitic === 'of')
    const next = atoms[i + 1]
    const around = next && (bracket || connector) && (next.start === to + 1 || (connector && next.start === to)) ? next : undefined
    if (around && (!bracket || r.punct(around.end, ')')) && RANK[around.kind] > RANK[order[0]!.kind] && around.numbers.length > 0) {
      order = [...stepsOf(around), ...order]
      to = bracket ? around.end + 1 : around.end
      while (i + 1 < atoms.length && atoms[i + 1]!.start < to) i++
    }
    found.push({ start: from, end: to, steps: order, language, designation: designation ?? possessiveDesignation(r, chain) })
    taken = to
  }
  return found
}

/**
 * A quick test before reading a unit word's surroundings: one without numbers ("the point is")
 * is a reference only with a document right after or, where documents come first, right
 * before; most such words of running text end here.
 */
function mayCite(r: Reading, atoms: Atom[], i: number, unitsCitedBefore: boolean): boolean {
  const atom = atoms[i]!
  if (atom.numbers.length > 0 || atom.possessive || (unitsCitedBefore && pointedBack(r, atom))) return true
  const next = atoms[i + 1]
  if (next && next.start - atom.end <= 2) return true
  const after = atom.end
  if (r.is(after, 'of') || r.lookup(after).clitic === 'of' || r.is(after, 'noun') || r.punct(after, '(', '/', ',')) return true
  return LANGUAGES[atom.language].documentBeforeUnits && (r.is(atom.start - 1, 'noun') || r.is(atom.start - 1, 'quantifier') || r.punct(atom.start - 1, '》'))
}

/**
 * "this article", "este artículo", "указанного пункта", "هذه المادة", "Der Artikel": a unit named
 * before, pointed back to; with an article only when no "of" follows ("la disposition de
 * déblocage" is a provision about something).
 */
function pointedBack(r: Reading, atom: Atom): boolean {
  const article = r.is(atom.start - 1, 'the') && !r.is(atom.end, 'of')
  return atom.numbered === 'none' && (r.is(atom.start - 1, 'this') || r.is(atom.start - 1, 'said') || article) && r.role(atom.start - 1, 'this')?.language !== 'zh'
}

/** Arabic "مادته الأولى" (its first article): the possessive is the designation. */
function possessiveDesignation(r: Reading, chain: Atom[]): Phrase | null {
  const atom = chain.find((found) => found.possessive)
  if (!atom) return null
  const word = atom.numbered === 'after' ? atom.start : atom.end - 1
  return { start: word, end: word + 1, designation: { kind: 'anaphor', text: r.text.slice(r.start(word), r.endOf(word + 1)), noun: null }, language: 'ar', strength: 'article', capitalised: false }
}

/** Whether a chain of units is a reference: headings, counts and lone ordinals in prose are not. */
function keep(r: Reading, chain: Atom[], designation: Phrase | null, start: number, end: number, pointedBackTo: boolean): boolean {
  const numbered = chain.filter((atom) => atom.numbers.length > 0)
  // "none of the points of the trilateral statement" cites its points; "the provisions of said document" cites the document.
  if (numbered.length === 0) return (designation !== null && designation.strength === 'named' && designation.designation.kind === 'named') || pointedBackTo
  const documented = designation !== null || chain.some((atom) => atom.possessive)
  // "The first point he raised": an ordinal word needs its document, or "operative".
  if (numbered.every((atom) => atom.numbered === 'ordinal word') && !documented && !chain.some((atom) => atom.kind === 'operative paragraph' || atom.kind === 'preambular paragraph')) return false
  // "9 пункта": a number before the word cites only with the document after it.
  if (numbered.some((atom) => atom.numbered === 'plain before') && !documented) return false
  if (!documented && isHeading(r, chain, start, end)) return false
  return true
}

/** "Article 51" on a line of its own, "CHAPITRE II", "Capítulo IV: La Reforma…", "PART II. PROCEEDINGS": a heading names its unit, it does not cite it. */
function isHeading(r: Reading, chain: Atom[], start: number, end: number): boolean {
  const lineStart = start === 0 || r.token(start)!.space === 2
  if (!lineStart) return false
  const next = r.token(end)
  if (!next || next.space === 2) return true
  if (r.punct(end, ':')) return true
  if (r.punct(end, '.') && (!r.token(end + 1) || r.token(end + 1)!.space === 2 || chain[0]!.headingLike)) return true
  return false
}
