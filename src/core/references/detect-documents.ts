import type { LanguageCode } from '../languages/language'
import { mayPrecedeNoun, phraseAt, resolutionNumberAt, STANDALONE_NOUNS, symbolAt, type Phrase } from './detect-designation'
import type { Reading } from './reading'

/** A reference to a whole document, by token indexes (end exclusive). */
export interface DocumentMatch {
  start: number
  end: number
  language: LanguageCode | null
  designation: Phrase['designation']
  /** A document spoken of but not cited ("a presidential statement", "сделало заявление"): no reference, but what "the text" after it means. */
  mention?: true
}

interface Span {
  start: number
  end: number
}

/** Languages without a definite article word: a noun alone there may be "the document". */
const ARTICLELESS: ReadonlySet<LanguageCode> = new Set(['ru', 'uk', 'az', 'tr', 'hy'])
/** Of those, the ones with no definite ending either: Armenian writes "the" as one ("հայտարարությունը"), so its bare noun is "a statement". */
const NO_DEFINITE: ReadonlySet<LanguageCode> = new Set(['ru', 'uk', 'az', 'tr'])

/** A verb of issuing just before a bare noun, perhaps with a preposition between: "сделало заявление", "виступив із заявою" make a new document. */
function issuedBefore(r: Reading, start: number): boolean {
  if (r.is(start - 1, 'issued')) return true
  const between = r.token(start - 1)
  return between?.kind === 'word' && between.value.length <= 3 && r.is(start - 2, 'issued')
}

/**
 * A quick test before reading a noun's designation: nothing before it that could name it or
 * point, nothing after that could, and no capital. Most nouns of running text end here.
 */
function mayStandAlone(r: Reading, n: number, limit: number): boolean {
  const token = r.token(n)!
  if (token.capital || token.script === 'han' || token.script === 'arabic' || token.script === 'armenian') return true
  if (n > limit && (mayPrecedeNoun(r, n - 1) || r.punct(n - 1, '"'))) return true
  const next = r.token(n + 1)
  if (next && (next.kind !== 'word' || next.capital || r.lookup(n + 1).roles !== 0)) return true
  return r.role(n, 'noun')?.noun === 'document' || r.role(n, 'noun')?.noun === 'resolution' || r.lookup(n).possessive
}

/** Whether a designation found around a noun is a reference on its own, not just a word. */
function standsAlone(phrase: Phrase): boolean {
  const noun = phrase.designation.kind === 'anaphor' ? phrase.designation.noun : null
  switch (phrase.strength) {
    case 'named':
    case 'pointer':
      return true
    case 'weak':
      return false
    case 'article':
      // "the Application", "the Plan": a capital after the article makes a defined document of any noun.
      return noun !== null && (STANDALONE_NOUNS.has(noun) || phrase.capitalised)
    case 'bare': {
      // Languages with articles write "the Charter"; "Заявления", "документом", "согласно заявлению" are what languages without write.
      if (noun === null || !STANDALONE_NOUNS.has(noun) || phrase.language === null || !ARTICLELESS.has(phrase.language)) return false
      return phrase.capitalised || noun === 'document' || NO_DEFINITE.has(phrase.language)
    }
  }
}

/** How far a quoted title may reach around a designation inside it, in tokens. */
const TITLE_REACH = 40

/**
 * Whether tokens start…end stand inside the quoted title of another document, written before
 * its noun or after its noun and "about": "Resolution über „Prinzipien … in Übereinstimmung mit der Charta der
 * Vereinten Nationen“", "“ՄԱԿ-ի կանոնադրության … սկզբունքների մասին” հռչակագրով". The Charter
 * there is a word of the title, not a reference.
 */
function insideQuotedTitle(r: Reading, start: number, end: number): boolean {
  // "«ՄԱԿ-ի կանոնադրության … մասին» հռչակագրով": the phrase may be the whole quotation.
  let open = r.punct(start, '"') ? start : -1
  for (let i = start - 1; open < 0 && i >= Math.max(0, start - TITLE_REACH); i--) {
    if (r.punct(i, '"')) {
      if (r.attached(i + 1) && (i === 0 || !r.attached(i))) open = i
      break
    }
    if (r.punct(i, '.', ';') || r.token(i)!.space === 2) break
  }
  if (open < 0) return false
  for (let i = open === start ? end - 1 : end; i < Math.min(r.length, end + TITLE_REACH); i++) {
    if (r.punct(i, '"')) {
      if (!r.attached(i)) return false
      // Right after a noun ("документ «Комплекс заходів»") the quotation is that document's name, not a title about another.
      return r.is(i + 1, 'noun') || (r.is(open - 1, 'about') && r.is(open - 2, 'noun'))
    }
    if (r.punct(i, ';') || r.token(i)!.space === 2) return false
  }
  return false
}

/** A weak phrase that still speaks of one document: singular, with a noun of a document ("a statement", "the first declaration"). */
function isMention(phrase: Phrase): boolean {
  const designation = phrase.designation
  if (phrase.strength !== 'weak' || phrase.plural || (designation.kind !== 'anaphor' && designation.kind !== 'named')) return false
  return designation.noun !== null && designation.noun !== 'document'
}

interface NumberItem {
  start: number
  end: number
  number: string
  year: string | null
}

/** Resolution numbers listed before the one a phrase starts with: "822, 853, 874 və 884 saylı qətnamələr", "第1996(2011)、…和2304(2016)號決議". */
function numbersListedBefore(r: Reading, first: number, limit: number): NumberItem[] {
  const items: NumberItem[] = []
  let at = first - 1
  while (at > limit && (r.punct(at, ',', '、') || r.is(at, 'and'))) {
    let end = at
    let j = at - 1
    if (r.punct(j, ',') && r.is(at, 'and')) {
      end = j
      j--
    }
    let year: string | null = null
    const itemEnd = end
    if (r.punct(j, ')') && r.token(j - 1)?.kind === 'number' && r.punct(j - 2, '(')) {
      year = r.token(j - 1)!.value.length === 4 ? r.token(j - 1)!.value : null
      j -= 3
    }
    const token = r.token(j)
    if (!token || token.kind !== 'number' || j < limit || token.value.length > 5) break
    let start = j
    if (r.word(j - 1, '第') && j - 1 >= limit) start = j - 1
    items.push({ start, end: itemEnd, number: String(Number(token.value)), year })
    at = start - 1
  }
  return items.reverse()
}

/** Resolution numbers listed after the first: "resolutions 242 (1967), 338 (1973) … and 1850 (2008)". */
function numbersListedAfter(r: Reading, from: number, limit: number, withYear: boolean): NumberItem[] {
  const items: NumberItem[] = []
  let at = from
  while (at < limit) {
    let j = at
    if (r.punct(j, ',', '、', ';')) j++
    if (r.is(j, 'and')) j++
    if (j === at) break
    const number = resolutionNumberAt(r, j)
    // Numbers listed after "resolution 2334 (2016)" are written like it: "338 (1973)", not "4".
    if (!number || !r.token(j) || (withYear && number.year === null && !r.punct(number.end - 1, ')'))) break
    items.push({ start: j, end: number.end, number: number.number, year: number.year })
    at = number.end
  }
  return items
}

/**
 * References to whole documents: a UN symbol, a resolution and its listed companions, a
 * document named around a document noun ("the trilateral Statement of November 10, 2020",
 * "трехстороннее заявление", "《联合国宪章》"), or pointed back to ("said document", "этот
 * документ", "该决议"). Only nouns and symbols are looked around, which keeps this fast; the
 * spans of unit references are left alone.
 */
export function detectDocuments(r: Reading, taken: Span[], mentions = false): DocumentMatch[] {
  const found: DocumentMatch[] = []
  let next = 0
  let limit = 0
  const push = (start: number, end: number, language: LanguageCode | null, designation: Phrase['designation'], mention = false): void => {
    found.push({ start, end, language, designation, ...(mention ? { mention } : {}) })
    limit = end
  }
  // "in particular 2254 (2015) and 2268 (2016)": where a paragraph speaks of resolutions, a number with its year in brackets is one.
  const resolutions = r.speaksOfResolutions
  for (const i of r.documentAnchors) {
    if (i < limit) continue
    while (next < taken.length && taken[next]!.end <= i) {
      limit = Math.max(limit, taken[next]!.end)
      next++
    }
    const blocked = taken[next]
    if (blocked && i >= blocked.start) continue
    const upto = blocked?.start ?? r.length
    const symbol = symbolAt(r, i)
    if (symbol) {
      if (symbol.end <= upto) push(i, symbol.end, null, { kind: 'symbol', text: r.text.slice(r.start(i), r.endOf(symbol.end)), symbol: symbol.symbol })
      else limit = symbol.end
      continue
    }
    if (resolutions && r.token(i)!.kind === 'number') {
      const number = resolutionNumberAt(r, i)
      // "第2304(2016)號決議", "2771 (2025) sayılı kararla": the noun after reads those.
      const named = r.is(number?.end ?? i, 'numero') || r.is(number?.end ?? i, 'noun')
      if (number && number.year !== null && number.end <= upto && r.token(i)!.value.length >= 2 && !r.is(i - 1, 'unit') && !named) {
        push(i, number.end, null, { kind: 'resolution', text: r.text.slice(r.start(i), r.endOf(number.end)), number: number.number, year: number.year })
        continue
      }
    }
    if (!r.is(i, 'noun') || !mayStandAlone(r, i, limit)) continue
    const phrase = phraseAt(r, i, limit)
    if (!phrase || phrase.end > upto) continue
    const designation = phrase.designation
    const alone = standsAlone(phrase)
    // "a presidential statement", "the first statement": one document spoken of, not cited.
    const mention = !alone && mentions && isMention(phrase)
    if ((!alone && !mention) || insideQuotedTitle(r, phrase.start, phrase.end)) continue
    if (mention) {
      push(phrase.start, phrase.end, phrase.language, designation, true)
      continue
    }
    if (designation.kind === 'resolution') {
      const before = numbersListedBefore(r, phrase.start, limit)
      for (const item of before) push(item.start, item.end, phrase.language, { kind: 'resolution', text: r.text.slice(r.start(item.start), r.endOf(item.end)), number: item.number, year: item.year })
      push(phrase.start, phrase.end, phrase.language, designation)
      for (const item of numbersListedAfter(r, phrase.end, upto, r.punct(phrase.end - 1, ')'))) {
        push(item.start, item.end, phrase.language, { kind: 'resolution', text: r.text.slice(r.start(item.start), r.endOf(item.end)), number: item.number, year: item.year })
      }
    } else if (designation.kind === 'anaphor' && phrase.strength === 'bare' && !phrase.capitalised && designation.noun !== 'document') {
      if (!issuedBefore(r, phrase.start)) push(phrase.start, phrase.end, phrase.language, { ...designation, bare: true })
      else if (mentions) push(phrase.start, phrase.end, phrase.language, designation, true)
    } else push(phrase.start, phrase.end, phrase.language, designation)
  }
  return found
}
