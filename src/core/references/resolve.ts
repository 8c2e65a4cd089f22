import { identityOf, type DocumentIdentity } from '../documents/identity'
import type { UnitStep } from '../languages/language'
import type { ParsedDocument } from '../text/document'
import { locateUnits } from '../text/outline'
import { paragraphLabel, type Paragraph } from '../text/paragraphs'
import { NO_CORRECTIONS, referenceKey, type ReferenceCorrections } from './corrections'
import { detectReferences } from './detect'
import type { Designation, DetectedReference } from './detect'
import { family, FolderIndex, instrumentTitle, type Candidate, type IndexedDocument, type Lookup } from './folder-index'
import type { ReferenceTarget, ResolvedReference } from './resolved'
import { nearestOrganisation, organisationMentions, organisationNamed, type OrganisationMention } from './organizations'
import { unitsInWords } from './wording'

export type { ReferenceTarget, ResolvedReference } from './resolved'

/** A document of the open folder, as references see it. */
export interface ReferableDocument {
  /** Relative path in the folder: the document's id. */
  path: string
  title: string
  paragraphs: Paragraph[]
  identity: DocumentIdentity
}

/** The paragraph index given to references in a document's title (its headline). */
export const TITLE_PARAGRAPH = -1

/**
 * More references than any real document holds (a treaty collection has a few thousand): past
 * it a document's references are cut, and the folder's result says so.
 */
export const MAX_REFERENCES_PER_DOCUMENT = 5_000

/** How sure a link is, by how the document was named. */
const CONFIDENCE = { symbol: 0.97, instrument: 0.95, named: 0.9, self: 0.95, anaphor: 0.8, topic: 0.7, ownUnits: 0.75, organisation: 0.6, onlyOneHasIt: 0.5 } as const

/**
 * Languages whose official texts call themselves "настоящая резолюция", so that "эта резолюция"
 * right after another one was named is that one; elsewhere "this resolution", "цієї резолюції",
 * "dieser Resolution" in a resolution is the resolution itself.
 */
const DEMONSTRATIVE_POINTS_BACK: ReadonlySet<string> = new Set(['ru'])

/** Nouns of an organisation's founding text: "Статут НАТО", "Устава ООН" name it; "Конвенция ООН" is one of many. */
const FOUNDING_NOUNS: ReadonlySet<string> = new Set(['charter', 'treaty', 'statute', 'constitution'])

/** Where a reference leads before its units are looked up. */
interface Lead extends Lookup {
  confidence: number
  /** The words that named the document first: what a later "said document" points back to. */
  origin: string
  /** Nothing named it: the legal texts of the folder were tried, and only one that has the units may be taken. */
  guess?: boolean
  /** "The resolution" with no resolution named before it: the one named next may be it. */
  unbound?: string
}

/** How many paragraphs ahead a document named may be what an unbound "the resolution" meant: a news report's lede and its body. */
const CATAPHORA_REACH = 4

/**
 * The document the text is about at each point: the last one named, and for anaphora ("said
 * document", "the Statement") the last one named of each kind of document.
 */
class Topic {
  private last: Lead | null = null
  /** The last document named or only spoken of ("a presidential statement"): what "the text" means. */
  private lastSpokenOf: Lead | null = null
  private readonly byNoun = new Map<string, Lead>()
  /** The paragraph read now, and the document of each noun named last, in the folder or not, with where. */
  private paragraph = 0
  private readonly namedIn = new Map<string, { lead: Lead; paragraph: number }>()

  /** Reading goes on to this paragraph. */
  at(paragraph: number): void {
    this.paragraph = paragraph
  }

  named(lead: Lead, noun: string | null): void {
    if (noun) this.namedIn.set(noun, { lead, paragraph: this.paragraph })
    if (lead.candidates.length === 0) return
    this.last = lead
    this.lastSpokenOf = lead
    if (noun) this.byNoun.set(noun, lead)
  }

  /** A document spoken of but not cited: "the statement", "the text" after it mean it, and nothing of this folder. */
  spokenOf(text: string, noun: string | null): void {
    const lead: Lead = { candidates: [], how: quoted(text), reason: `${quoted(text)} speaks of a document without naming it`, confidence: 0, origin: quoted(text) }
    this.lastSpokenOf = lead
    if (noun) this.byNoun.set(noun, lead)
  }

  /** The document of this noun named in this paragraph or the one before, in the folder or not: "свою резолюцию 660 … эта резолюция". */
  justNamed(noun: string): Lead | null {
    const named = this.namedIn.get(noun)
    return named && this.paragraph - named.paragraph <= 1 ? named.lead : null
  }

  current(): Lead | null {
    return this.last
  }

  /** What "said document" (any noun) or "the Statement" (that noun) points back to. */
  forNoun(noun: string | null): Lead | null {
    if (!noun || noun === 'document') return this.lastSpokenOf
    return this.byNoun.get(noun) ?? null
  }

  /** The last document named with this very noun: what "the joint statement" names again. */
  sameNoun(noun: string): Lead | null {
    const lead = this.byNoun.get(noun)
    return lead && lead.candidates.length > 0 ? lead : null
  }
}

function quoted(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text
  return `"${short}"`
}

/** Where a reference's document comes from: written, pointed back to, itself, or the topic. */
function leadOf(found: DetectedReference, source: IndexedDocument, topic: Topic, index: FolderIndex, namedAfter: DetectedReference | null, organisation: OrganisationMention | null): Lead {
  const designation = found.designation
  const itself = (reason: string, how: string, confidence: number): Lead => ({ candidates: [{ entry: source, reason }], how, reason: null, confidence, origin: 'this document' })
  if (designation === null) {
    // In a legal text ("as set out in paragraph 2", "under Article 5") a unit named alone is its own.
    if (source.ownsUnits) return itself('a unit of this document', 'no other document named: a unit of this document', CONFIDENCE.ownUnits)
    const about = topic.current()
    if (about) return { ...about, how: `no document named: the text is about ${about.origin}`, confidence: CONFIDENCE.topic }
    // "Article 51 … of the Charter" written apart in one sentence: the document named next in the paragraph.
    if (namedAfter) {
      const after = leadOf(namedAfter, source, topic, index, null, null)
      if (after.candidates.length > 0) return { ...after, how: `no document named with it: the one named after it, ${after.origin}`, confidence: CONFIDENCE.topic }
    }
    return unnamedLead(found, source, index, organisation)
  }
  if (designation.kind === 'self') {
    // "Настоящий Устав", "the present Charter" in a news report: the charter it quotes, named before or the folder's one.
    const quoting = designation.noun && family(designation.noun) !== family(source.identity.noun) && !source.ownsUnits
    const namedBefore = quoting ? topic.forNoun(designation.noun ?? null) : null
    if (namedBefore) return { ...namedBefore, how: `${quoted(designation.text)} in a quotation of ${namedBefore.origin}`, confidence: CONFIDENCE.topic }
    const quotedText = quoting ? index.onlyOfKind(designation.text, designation.noun ?? null) : null
    if (quotedText && quotedText.candidates.length > 0) return { ...quotedText, how: `${quoted(designation.text)} in a quotation: ${quotedText.how}`, confidence: CONFIDENCE.topic, origin: quoted(designation.text) }
    return itself('this document itself', `${quoted(designation.text)}: this document`, CONFIDENCE.self)
  }
  if (designation.kind === 'anaphor') {
    // "This resolution" in a resolution is itself, unless one was named just before it ("recalling its resolution 660 … that this resolution has not been implemented").
    if (designation.demonstrative && source.ownsUnits && designation.noun && family(designation.noun) === family(source.identity.noun)) {
      const named = DEMONSTRATIVE_POINTS_BACK.has(found.language) ? topic.justNamed(designation.noun) : null
      if (!named) return itself('this document itself', `${quoted(designation.text)}: this document`, CONFIDENCE.self)
      return { ...named, how: `${quoted(designation.text)} points back to ${named.origin}`, confidence: CONFIDENCE.anaphor }
    }
    const before = topic.forNoun(designation.noun)
    if (before) return { ...before, how: `${quoted(designation.text)} points back to ${before.origin}`, confidence: CONFIDENCE.anaphor }
    // Nothing named before: "the Charter", "Nordatlantikvertrag" may still name the one such text of the folder.
    const only = index.onlyOfKind(designation.text, designation.noun)
    if (only.candidates.length > 0) return { ...only, confidence: CONFIDENCE.topic, origin: quoted(designation.text) }
    // "This resolution" in a resolution, with no other named before: the document itself.
    if (designation.noun && family(designation.noun) === family(source.identity.noun)) return itself('this document itself', `${quoted(designation.text)}: this document`, CONFIDENCE.topic)
    const reason = `${quoted(designation.text)} points back to a document, but none of that kind is named before it`
    return { candidates: [], how: quoted(designation.text), reason, confidence: 0, origin: '', ...(designation.noun && designation.noun !== 'document' ? { unbound: designation.noun } : {}) }
  }
  // "The joint statement", "the trilateral Statement" after a statement was named: that one again.
  const before = designation.kind === 'named' && isGeneric(designation) ? topic.sameNoun(designation.noun) : null
  if (before) return { ...before, how: `${quoted(designation.text)} names again ${before.origin}`, confidence: CONFIDENCE.anaphor }
  const lookup = index.lookUp(designation, source)
  // "BM’nin 51. Maddesi", "l’article 51 de l’ONU": an organisation named for its founding text.
  const organisationOnly = lookup.candidates.length === 0 && designation.kind === 'named' ? organisationNamed(designation.text, FOUNDING_NOUNS.has(designation.noun)) : null
  if (organisationOnly) {
    const lead = organisationLead(organisationOnly, index, CONFIDENCE.named)
    if (lead) return lead
  }
  // A document that names itself ("the Charter of the United Nations" in the Charter) cites itself.
  if (lookup.namesItself && lookup.candidates.length === 0) return { ...itself('it names this document', `named ${quoted(designation.text)}: this document`, CONFIDENCE.self), namesItself: true }
  return { ...lookup, confidence: confidenceOf(designation), origin: quoted(designation.text) }
}

/** The founding text of an organisation, when the folder has it: "Article 5" on a page about NATO. */
function organisationLead(organisation: OrganisationMention, index: FolderIndex, confidence: number): Lead | null {
  const entries = index.instrumentEntries(organisation.instrument)
  if (entries.length === 0) return null
  const title = instrumentTitle(organisation.instrument)
  return {
    candidates: entries.map((entry) => ({ entry, reason: `it is ${title}` })),
    how: `the text speaks of ${organisation.name}: ${title}`,
    reason: null,
    confidence,
    origin: title,
  }
}

/**
 * A unit with no document named, nothing named before or after it, in a text that is not a legal
 * text of its own: the founding text of the organisation the text speaks of, else the legal texts
 * of the folder that have such a unit (one of them, or several to choose from).
 */
function unnamedLead(found: DetectedReference, source: IndexedDocument, index: FolderIndex, organisation: OrganisationMention | null): Lead {
  const spokenOf = organisation ? organisationLead(organisation, index, CONFIDENCE.organisation) : null
  if (spokenOf) return spokenOf
  const texts = index.legalTextsBesides(source)
  const how = `no document named: the one text of this folder with ${unitsInWords(found.units ?? [])}`
  if (texts.length === 0 || !found.units) return { candidates: [], how: 'no document named', reason: `no document is named before ${quoted(found.text)}`, confidence: 0, origin: '' }
  return { candidates: texts.map((entry) => ({ entry, reason: `it has ${unitsInWords(found.units!)}` })), how, reason: null, confidence: CONFIDENCE.onlyOneHasIt, origin: '', guess: true }
}

/** A name any document of its kind could bear: a noun with a qualifier or two, no date, no parties, no name of its own ("Статут Міжнародного Суду"). */
function isGeneric(designation: Extract<Designation, { kind: 'named' }>): boolean {
  return designation.date === null && designation.parties.length === 0 && designation.ownName !== true && designation.name.split(/\s+/).length <= 3
}

function confidenceOf(designation: Designation): number {
  switch (designation.kind) {
    case 'symbol':
    case 'resolution':
      return CONFIDENCE.symbol
    case 'instrument':
      return CONFIDENCE.instrument
    default:
      return CONFIDENCE.named
  }
}

interface Placed {
  candidate: Candidate
  indexes: number[]
  byPosition: boolean
}

/** The cited units in each candidate; those that lack them drop out, with the first such as the reason. */
function placeUnits(candidates: Candidate[], path: UnitStep[] | null, index: FolderIndex): { placed: Placed[]; missing: { candidate: Candidate; step: UnitStep } | null } {
  const placed: Placed[] = []
  let missing: { candidate: Candidate; step: UnitStep } | null = null
  for (const candidate of candidates) {
    if (!path || path.length === 0) {
      placed.push({ candidate, indexes: [], byPosition: false })
      continue
    }
    const location = locateUnits(index.outline(candidate.entry), candidate.entry.document.paragraphs, path)
    if ('missing' in location) missing ??= { candidate, step: location.missing }
    else placed.push({ candidate, indexes: location.indexes, byPosition: location.steps.some((step) => step.byPosition) })
  }
  return { placed, missing }
}

function targetOf(entry: IndexedDocument, indexes: number[], reason: string): ReferenceTarget {
  const labels = indexes.map((at) => paragraphLabel(entry.document.paragraphs[at]!))
  return { document: entry.document.path, paragraph: labels[0] ?? null, paragraphs: labels, indexes, reason }
}

type Resolution = Pick<ResolvedReference, 'target' | 'candidates' | 'reason' | 'confidence' | 'why'>

/**
 * Puts a reference's lead and units together: the documents that fit and have the units, one
 * target when they are one text (renderings and translations of one document, preferring the
 * reference's own language), else every candidate with its reason and no single target.
 */
function resolveOne(found: DetectedReference, lead: Lead, source: IndexedDocument, index: FolderIndex): Resolution {
  if (lead.candidates.length === 0) return { target: null, candidates: [], reason: lead.reason ?? 'no document in this folder fits', confidence: 0, why: lead.reason ?? lead.how }
  const { placed, missing } = placeUnits(lead.candidates, found.units, index)
  if (placed.length === 0 && lead.guess) {
    const reason = `no document is named before ${quoted(found.text)}, and no text of this folder has ${unitsInWords(found.units ?? [])}`
    return { target: null, candidates: [], reason, confidence: 0, why: reason }
  }
  if (placed.length === 0) {
    const where = missing!.candidate.entry === source ? 'this document' : quoted(shortTitle(missing!.candidate.entry.document.title))
    const reason = `${where} has no ${unitsInWords([missing!.step])} here`
    return { target: null, candidates: [], reason, confidence: 0, why: `${lead.how}; ${reason}` }
  }
  const candidates = placed.map(({ candidate, indexes }) => targetOf(candidate.entry, indexes, candidate.reason))
  const positional = placed.some((entry) => entry.byPosition) ? 0.9 : 1
  const weak = placed.every(({ candidate }) => candidate.weak) ? 0.6 : 1
  const groups = new Set(placed.map(({ candidate }) => index.textGroup(candidate.entry)))
  const notes = [...new Set(placed.map(({ candidate }) => candidate.note).filter((note): note is string => Boolean(note)))]
  const how = [lead.how, ...notes].join('; ')
  if (groups.size === 1) {
    const preferred = placed.findIndex(({ candidate }) => candidate.entry.identity.language === found.language)
    const target = candidates[Math.max(0, preferred)]!
    const renderings = candidates.length > 1 ? `; ${candidates.length} renderings of one text fit` : ''
    const dayOff = notes.length > 0 ? 0.9 : 1
    return { target, candidates, reason: null, confidence: round(lead.confidence * positional * weak * dayOff), why: `${how}${renderings}` }
  }
  if (lead.guess) {
    const reason = `no document is named before ${quoted(found.text)}, and ${groups.size} texts of this folder have ${unitsInWords(found.units ?? [])}`
    return { target: null, candidates: [], reason, confidence: 0, why: reason }
  }
  // "The joint statement", "UN resolutions": a kind of document fits several documents, and none is named.
  if (lead.byKind) {
    const reason = `${lead.how} names a kind of document, not one: ${groups.size} different documents of this folder are of that kind`
    return { target: null, candidates: [], reason, confidence: 0, why: reason }
  }
  const reason = `${groups.size} different documents fit: ${candidates.map((candidate) => `${candidate.document} (${candidate.reason})`).join('; ')}`
  return { target: null, candidates, reason, confidence: round(Math.min(lead.confidence, 0.5) * weak), why: `${how}; ${reason}` }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function shortTitle(title: string): string {
  return title.length > 60 ? `${title.slice(0, 57)}…` : title
}

/** The start of each paragraph in the document's text as the reader shows it. */
function paragraphOffsets(paragraphs: Paragraph[]): number[] {
  const offsets: number[] = []
  let offset = 0
  for (const paragraph of paragraphs) {
    offsets.push(offset)
    offset += paragraph.text.length + 2
  }
  return offsets
}

/** Every reference of one document: its headline first (it sets what the text is about), then its paragraphs in order. */
function resolveDocument(path: string, index: FolderIndex): { references: ResolvedReference[]; cut: boolean } {
  const source = index.entry(path)
  if (!source) return { references: [], cut: false }
  const { document, identity } = source
  const offsets = paragraphOffsets(document.paragraphs)
  const topic = new Topic()
  let lastOrganisation: OrganisationMention | null = null
  /** The units cited last of each kind: what "this article" points back to; and the last cited of any kind, what "this provision" does. */
  const lastUnits = new Map<string, UnitsCited>()
  let lastCited: UnitsCited | null = null
  const resolved: ResolvedReference[] = []
  let cut = false
  const texts: { paragraph: number; text: string; offset: number }[] = [
    { paragraph: TITLE_PARAGRAPH, text: document.title, offset: 0 },
    ...document.paragraphs.map((paragraph) => ({ paragraph: paragraph.index, text: paragraph.text, offset: offsets[paragraph.index]! })),
  ]
  let resolutionsListed = false
  /** "La resolución, presentada por Egipto…" before "la resolución 2334 (2016)" is named: references waiting for the document named next. */
  const unbound: { at: number; found: DetectedReference; noun: string; paragraph: number }[] = []
  for (const { paragraph, text, offset } of texts) {
    if (cut) break
    topic.at(paragraph)
    let detected = detectReferences(text, identity.language, { unitsCited: lastUnits.size > 0, resolutionsListed, mentions: true })
    // The first numbered units of the text: "this article" later in the same paragraph points back to them.
    if (lastUnits.size === 0 && detected.some((found) => found.units?.some((step) => step.numbers.length > 0))) detected = detectReferences(text, identity.language, { unitsCited: true, resolutionsListed, mentions: true })
    resolutionsListed = endsInResolutionList(text, detected.filter((found) => !found.mention))
    const room = MAX_REFERENCES_PER_DOCUMENT - resolved.length
    if (detected.length > room) cut = true
    const kept = detected.slice(0, room)
    const namedAfter = nextNamed(kept)
    const organisations = organisationMentions(text)
    kept.forEach((written, at) => {
      if (written.mention) {
        topic.spokenOf(written.text, written.designation && 'noun' in written.designation ? (written.designation.noun ?? null) : null)
        return
      }
      // "this article", "указанного пункта": the units cited last, in the document they were cited in; nothing before, no reference.
      const pointedBack = unitsPointedBack(written, lastUnits, lastCited)
      if (pointedBack === undefined) return
      // "согласно заявлению": a bare noun points back only to a document of its noun named before.
      if (written.designation?.kind === 'anaphor' && written.designation.bare && !topic.forNoun(written.designation.noun)) return
      const found = pointedBack ? { ...written, units: pointedBack.path } : written
      const organisation = found.designation === null ? nearestOrganisation(organisations, found.start, lastOrganisation) : null
      const lead = pointedBack ? { ...pointedBack.lead, how: `${quoted(written.text)} points back to ${quoted(pointedBack.text)}` } : leadOf(found, source, topic, index, namedAfter[at] ?? null, organisation)
      if (!pointedBack && found.units?.some((step) => step.numbers.length > 0) && lead.candidates.length > 0) {
        found.units.forEach((step, depth) => lastUnits.set(step.kind, { lead, path: found.units!.slice(0, depth + 1), text: found.text }))
        lastCited = { lead, path: found.units, text: found.text }
      }
      // A title or heading naming its own document ("Charter of the United Nations, Article 51") is no reference.
      if (lead.namesItself && (found.units === null || paragraph === TITLE_PARAGRAPH)) return
      const designation = found.designation
      if (designation && designation.kind !== 'self' && designation.kind !== 'anaphor') {
        const noun = nounOf(designation, lead)
        topic.named(lead, noun)
        if (lead.candidates.length > 0) bindAhead(unbound, noun, paragraph, lead, resolved, source, index)
      }
      if (lead.unbound) unbound.push({ at: resolved.length, found, noun: lead.unbound, paragraph })
      const innermost = found.units?.[found.units.length - 1] ?? null
      resolved.push({
        key: referenceKey(path, paragraph, found.text),
        source: path,
        paragraph,
        paragraphStart: found.start,
        paragraphEnd: found.end,
        start: paragraph === TITLE_PARAGRAPH ? -1 : offset + found.start,
        end: paragraph === TITLE_PARAGRAPH ? -1 : offset + found.end,
        text: found.text,
        kind: innermost?.kind ?? 'document',
        units: innermost?.numbers ?? [],
        path: found.units ?? [],
        designation: designation?.text ?? null,
        language: found.language,
        corrected: false,
        ...resolveOne(found, lead, source, index),
      })
    })
    lastOrganisation = organisations[organisations.length - 1] ?? lastOrganisation
  }
  return { references: resolved, cut }
}

/** The references of `noun` left unbound a few paragraphs before, bound now to the document just named, which ends their wait. */
function bindAhead(unbound: { at: number; found: DetectedReference; noun: string; paragraph: number }[], noun: string | null, paragraph: number, lead: Lead, resolved: ResolvedReference[], source: IndexedDocument, index: FolderIndex): void {
  const waiting = unbound.filter((entry) => family(entry.noun) === family(noun))
  for (const entry of waiting) {
    unbound.splice(unbound.indexOf(entry), 1)
    if (paragraph - entry.paragraph > CATAPHORA_REACH) continue
    const ahead = { ...lead, how: `${quoted(entry.found.text)}: nothing of that kind named before it, ${lead.origin} named after it`, confidence: CONFIDENCE.topic }
    resolved[entry.at] = { ...resolved[entry.at]!, ...resolveOne(entry.found, ahead, source, index) }
  }
}

/** A paragraph whose last words are a resolution and a comma ("… 2134 (2014),"): a list a line break cut. */
function endsInResolutionList(text: string, detected: DetectedReference[]): boolean {
  const last = detected[detected.length - 1]
  if (last?.designation?.kind !== 'resolution') return false
  const rest = text.slice(last.end).trim()
  return rest === '' || rest === ','
}

/** The noun a designation names its document by: written, or a resolution's, or that of the documents it leads to. */
function nounOf(designation: Exclude<Designation, { kind: 'self' | 'anaphor' }>, lead: Lead): string | null {
  if ('noun' in designation) return designation.noun
  if (designation.kind === 'resolution') return 'resolution'
  return lead.candidates[0]?.entry.identity.noun ?? null
}

/** Units cited with their numbers, and where they led: what "this article" points back to. */
interface UnitsCited {
  lead: Lead
  path: UnitStep[]
  text: string
}

/**
 * For a unit written without numbers or document ("this article", "указанного пункта"), the
 * units of its kind cited last ("this provision": of any kind); undefined when there are none (no reference then); null for
 * any other reference.
 */
function unitsPointedBack(found: DetectedReference, last: ReadonlyMap<string, UnitsCited>, lastCited: UnitsCited | null): UnitsCited | null | undefined {
  const only = found.units?.length === 1 ? found.units[0]! : null
  if (!only || only.numbers.length > 0 || found.designation !== null) return null
  // "Cette disposition", "это положение": a clause cited before, else whatever unit was.
  return last.get(only.kind) ?? (only.kind === 'clause' ? (lastCited ?? undefined) : undefined)
}

/** For each reference, the next one in the paragraph that names a document (by name, symbol or instrument), or null. */
function nextNamed(references: DetectedReference[]): (DetectedReference | null)[] {
  const next: (DetectedReference | null)[] = new Array<DetectedReference | null>(references.length).fill(null)
  let named: DetectedReference | null = null
  for (let at = references.length - 1; at >= 0; at--) {
    next[at] = named
    const kind = references[at]!.designation?.kind
    if (kind && kind !== 'anaphor' && kind !== 'self' && !references[at]!.mention) named = references[at]!
  }
  return next
}

export interface FolderReferenceResult {
  references: ResolvedReference[]
  /** Documents whose references were cut at MAX_REFERENCES_PER_DOCUMENT. */
  cut: string[]
}

/** Every reference of every document in the folder, documents in the order given, with the analyst's corrections applied. */
export function resolveFolderReferences(folder: ReferableDocument[], corrections: ReferenceCorrections = NO_CORRECTIONS): FolderReferenceResult {
  // A folder's own notes (its README) are about the folder: they neither cite nor are cited.
  const documents = folder.filter((document) => document.identity.kind !== 'notes')
  const index = new FolderIndex(documents, corrections.names)
  const references: ResolvedReference[] = []
  const cut: string[] = []
  for (const document of documents) {
    const found = resolveDocument(document.path, index)
    for (const reference of found.references) references.push(corrected(reference, corrections, index))
    if (found.cut) cut.push(document.path)
  }
  return { references, cut }
}

/** A link the analyst corrected leads where they said: to the same units in the chosen document, or nowhere. */
function corrected(reference: ResolvedReference, corrections: ReferenceCorrections, index: FolderIndex): ResolvedReference {
  if (!Object.hasOwn(corrections.links, reference.key)) return reference
  const chosen = corrections.links[reference.key]
  const entry = chosen ? index.entry(chosen) : undefined
  if (!entry) {
    const reason = chosen ? `the document you chose (${chosen}) is no longer in this folder` : 'you marked it as leading to no document here'
    return { ...reference, target: null, candidates: [], reason, confidence: 0, why: reason, corrected: true }
  }
  const location = reference.path.length ? locateUnits(index.outline(entry), entry.document.paragraphs, reference.path as UnitStep[]) : { indexes: [] }
  const target = targetOf(entry, 'missing' in location ? [] : location.indexes, 'chosen by you')
  return { ...reference, target, candidates: [target], reason: null, confidence: 1, why: 'chosen by you', corrected: true }
}

/** A parsed document of the folder, as references see it. */
export function referable(path: string, parsed: ParsedDocument): ReferableDocument {
  return { path, title: parsed.title, paragraphs: parsed.paragraphs, identity: identityOf(parsed) }
}
