import type { Interner, ParagraphAnalysis } from './analysis'

/**
 * Phrases that moved: text a diff marks deleted in one place and inserted in another. Found in
 * time proportional to the changed text: n-grams of units that occur once among the deleted
 * stretches and once among the inserted ones anchor a match, which grows exactly while the
 * units agree and then, window by window, while most of them still do ("the line of contact" →
 * "the contact line" stays inside the move, as an edit of the moved phrase).
 */

/** Units of one side of a diff that it marks changed: [from, to) of the analysis. */
export interface ChangedStretch {
  analysis: ParagraphAnalysis
  from: number
  to: number
  /** Moves inside one scope (a row of a comparison) are found with a lower minimum than those between scopes. */
  readonly scope: number
}

/** A phrase that moved: units [from, to) of a deleted stretch and [from, to) of an inserted one. */
export interface Move {
  /** 1, 2, …: pairs the two ends. */
  id: number
  deleted: { stretch: number; from: number; to: number }
  inserted: { stretch: number; from: number; to: number }
}

/** Units an anchor n-gram spans. */
const ANCHOR_UNITS = 4
/** The fewest words a phrase moved inside a paragraph (or between the paragraphs of one row) must have. */
export const MIN_MOVED_WORDS = 4
/** …and between paragraphs of different rows, where four common words move by chance ("of the Russian Federation"). */
export const MIN_MOVED_WORDS_BETWEEN = 8
/** Units looked at, beyond each end of a move, for more of the phrase that was edited as it moved. */
const EXTENSION_WINDOW = 8
/** The share of the units an extension covers (the longer side's) that must match. */
const EXTENSION_MATCH = 0.6

/** Both sides' changed units in one array each, stretch after stretch, with -1 between stretches. */
class Flattened {
  readonly keys: Int32Array
  /** The stretch each position belongs to, -1 between stretches. */
  readonly stretchOf: Int32Array
  /** The unit of its analysis each position is. */
  readonly unitOf: Int32Array
  readonly covered: Uint8Array

  constructor(readonly stretches: ChangedStretch[]) {
    let length = 0
    for (const stretch of stretches) length += stretch.to - stretch.from + 1
    this.keys = new Int32Array(length)
    this.stretchOf = new Int32Array(length)
    this.unitOf = new Int32Array(length)
    this.covered = new Uint8Array(length)
    let at = 0
    stretches.forEach((stretch, index) => {
      for (let unit = stretch.from; unit < stretch.to; unit++) {
        this.keys[at] = stretch.analysis.keys[unit]!
        this.stretchOf[at] = index
        this.unitOf[at++] = unit
      }
      this.keys[at] = -1
      this.stretchOf[at++] = -1
    })
  }

  /** Whether position p may join a move: a compared unit, not in a move yet. */
  free(p: number): boolean {
    return p >= 0 && p < this.keys.length && this.keys[p]! >= 0 && this.covered[p] === 0
  }

  scopeOf(p: number): number {
    return this.stretches[this.stretchOf[p]!]!.scope
  }

  /**
   * Hash of the n-gram starting at p (with its scope's, within scopes), or null where it runs
   * past a stretch or through an uncompared unit.
   */
  ngram(p: number, withinScope: boolean): number | null {
    if (p + ANCHOR_UNITS > this.keys.length || !this.free(p)) return null
    let hash = Math.imul(0x811c9dc5 ^ (withinScope ? this.scopeOf(p) : 0), 0x01000193)
    for (let i = p; i < p + ANCHOR_UNITS; i++) {
      if (!this.free(i)) return null
      hash = Math.imul(hash ^ this.keys[i]!, 0x01000193)
    }
    return hash
  }
}

const ABSENT = -2

/**
 * Where each n-gram hash stands when it stands once, -1 when more than once: an open-addressing
 * table of numbers, as a Map of them was most of the time moves took.
 */
class NgramPlaces {
  private readonly hashes: Int32Array
  private readonly places: Int32Array
  private readonly mask: number

  constructor(capacity: number) {
    let size = 16
    while (size < 2 * capacity) size *= 2
    this.hashes = new Int32Array(size)
    this.places = new Int32Array(size).fill(ABSENT)
    this.mask = size - 1
  }

  add(hash: number, place: number): void {
    let slot = hash & this.mask
    while (this.places[slot] !== ABSENT) {
      if (this.hashes[slot] === hash) {
        this.places[slot] = -1
        return
      }
      slot = (slot + 1) & this.mask
    }
    this.hashes[slot] = hash
    this.places[slot] = place
  }

  /** The one place of the hash, -1 for several, ABSENT for none. */
  get(hash: number): number {
    for (let slot = hash & this.mask; this.places[slot] !== ABSENT; slot = (slot + 1) & this.mask) if (this.hashes[slot] === hash) return this.places[slot]!
    return ABSENT
  }
}

/** Each position's n-gram hash (0 where it has none) and the table of where they stand. */
function ngramPlaces(side: Flattened, withinScope: boolean, eligible: Uint8Array): { hashes: Int32Array; has: Uint8Array; places: NgramPlaces } {
  const hashes = new Int32Array(side.keys.length)
  const has = new Uint8Array(side.keys.length)
  const places = new NgramPlaces(side.keys.length)
  for (let p = 0; p < side.keys.length; p++) {
    if (side.stretchOf[p]! < 0 || eligible[side.stretchOf[p]!] === 0) continue
    const hash = side.ngram(p, withinScope)
    if (hash === null) continue
    hashes[p] = hash
    has[p] = 1
    places.add(hash, p)
  }
  return { hashes, has, places }
}

interface Block {
  d0: number
  d1: number
  i0: number
  i1: number
}

/** A word, for the minimum: a unit whose key has a term. */
function wordsIn(side: Flattened, from: number, to: number, interner: Interner): number {
  let words = 0
  for (let p = from; p < to; p++) if (interner.termOf[side.keys[p]!]! >= 0) words++
  return words
}

/** Case aside, as a reader sees a word: "Along" at the start of a clause is "along" moved to its end. */
function looseKey(key: number, interner: Interner): number {
  const term = interner.termOf[key]!
  return term >= 0 ? term * 2 + 1 : key * 2
}

/**
 * How far a move may grow from its end (step -1: before it, step 1: after it) into units that
 * mostly match: the longest extension, ending on a match, whose matches are at least
 * EXTENSION_MATCH of its longer side. [0, 0] when none.
 */
function extension(deleted: Flattened, inserted: Flattened, block: Block, step: 1 | -1, interner: Interner): [number, number] {
  const window = (side: Flattened, from: number): number[] => {
    const keys: number[] = []
    const stretch = side.stretchOf[from - step]!
    for (let p = from; keys.length < EXTENSION_WINDOW && side.free(p) && side.stretchOf[p] === stretch; p += step) keys.push(looseKey(side.keys[p]!, interner))
    return keys
  }
  const d = window(deleted, step === 1 ? block.d1 : block.d0 - 1)
  const i = window(inserted, step === 1 ? block.i1 : block.i0 - 1)
  if (d.length === 0 || i.length === 0) return [0, 0]
  // Longest common subsequences of the windows' beginnings (the units nearest the move).
  const width = i.length + 1
  const lcs = new Int32Array((d.length + 1) * width)
  let best: [number, number] = [0, 0]
  for (let x = 1; x <= d.length; x++) {
    for (let y = 1; y <= i.length; y++) {
      const matched = d[x - 1] === i[y - 1]
      lcs[x * width + y] = matched ? lcs[(x - 1) * width + y - 1]! + 1 : Math.max(lcs[(x - 1) * width + y]!, lcs[x * width + y - 1]!)
      if (matched && lcs[x * width + y]! >= EXTENSION_MATCH * Math.max(x, y) && x + y > best[0] + best[1]) best = [x, y]
    }
  }
  return best
}

/** Grows a block exactly while both sides agree, within free units of one stretch each. */
function grownExactly(deleted: Flattened, inserted: Flattened, d: number, i: number): Block {
  const block: Block = { d0: d, d1: d + 1, i0: i, i1: i + 1 }
  const agree = (p: number, q: number): boolean =>
    deleted.free(p) && inserted.free(q) && deleted.keys[p] === inserted.keys[q] && deleted.stretchOf[p] === deleted.stretchOf[block.d0] && inserted.stretchOf[q] === inserted.stretchOf[block.i0]
  while (agree(block.d0 - 1, block.i0 - 1)) {
    block.d0--
    block.i0--
  }
  while (agree(block.d1, block.i1)) {
    block.d1++
    block.i1++
  }
  return block
}

/**
 * The phrases that moved from the deleted stretches to the inserted ones, numbered in the order
 * of the deleted stretches. Within a scope a phrase of MIN_MOVED_WORDS words counts, between
 * scopes one of MIN_MOVED_WORDS_BETWEEN.
 */
export function findMoves(deletedStretches: ChangedStretch[], insertedStretches: ChangedStretch[], interner: Interner): Move[] {
  const deleted = new Flattened(deletedStretches)
  const inserted = new Flattened(insertedStretches)
  const blocks: Block[] = []
  // Within a scope, only where the scope has both a deleted and an inserted stretch; between scopes, only stretches long enough.
  const scopesWith = (stretches: ChangedStretch[]): Set<number> => new Set(stretches.map((stretch) => stretch.scope))
  const [deletedScopes, insertedScopes] = [scopesWith(deletedStretches), scopesWith(insertedStretches)]
  // First within scopes, then between them: each pass's n-grams are unique in its own reach.
  for (const withinScope of [true, false]) {
    const eligible = (stretches: ChangedStretch[]): Uint8Array => {
      const flags = new Uint8Array(stretches.length)
      stretches.forEach((stretch, index) => {
        const can = withinScope ? deletedScopes.has(stretch.scope) && insertedScopes.has(stretch.scope) : stretch.to - stretch.from >= MIN_MOVED_WORDS_BETWEEN
        flags[index] = can ? 1 : 0
      })
      return flags
    }
    const insertedPlaces = ngramPlaces(inserted, withinScope, eligible(insertedStretches)).places
    const deletedNgrams = ngramPlaces(deleted, withinScope, eligible(deletedStretches))
    const minimum = withinScope ? MIN_MOVED_WORDS : MIN_MOVED_WORDS_BETWEEN
    // Positions of short matches already tried, so that each is grown once.
    const tried = new Uint8Array(deleted.keys.length)
    for (let d = 0; d < deleted.keys.length; d++) {
      if (deletedNgrams.has[d] === 0 || tried[d] === 1 || !deleted.free(d)) continue
      const hash = deletedNgrams.hashes[d]!
      const i = insertedPlaces.get(hash)
      if (i < 0 || deletedNgrams.places.get(hash) !== d || !inserted.free(i)) continue
      if (withinScope && deleted.scopeOf(d) !== inserted.scopeOf(i)) continue
      const block = grownExactly(deleted, inserted, d, i)
      tried.fill(1, block.d0, block.d1)
      if (wordsIn(deleted, block.d0, block.d1, interner) < minimum) continue
      deleted.covered.fill(1, block.d0, block.d1)
      inserted.covered.fill(1, block.i0, block.i1)
      blocks.push(block)
    }
  }
  for (const block of blocks) {
    for (const step of [-1, 1] as const) {
      for (;;) {
        const [dx, ix] = extension(deleted, inserted, block, step, interner)
        if (dx === 0) break
        if (step === -1) {
          deleted.covered.fill(1, block.d0 - dx, block.d0)
          inserted.covered.fill(1, block.i0 - ix, block.i0)
          block.d0 -= dx
          block.i0 -= ix
        } else {
          deleted.covered.fill(1, block.d1, block.d1 + dx)
          inserted.covered.fill(1, block.i1, block.i1 + ix)
          block.d1 += dx
          block.i1 += ix
        }
      }
    }
  }
  blocks.sort((a, b) => a.d0 - b.d0)
  return blocks.map((block, index) => ({
    id: index + 1,
    deleted: { stretch: deleted.stretchOf[block.d0]!, from: deleted.unitOf[block.d0]!, to: deleted.unitOf[block.d1 - 1]! + 1 },
    inserted: { stretch: inserted.stretchOf[block.i0]!, from: inserted.unitOf[block.i0]!, to: inserted.unitOf[block.i1 - 1]! + 1 },
  }))
}
