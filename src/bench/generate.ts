/**
 * Documents for benchmarks and tests: statement-like ones (numbered paragraphs of 40 to 150 words
 * built from a diplomatic vocabulary with numbers, dates and punctuation) and the hard shapes
 * (one giant paragraph, every paragraph touched, boilerplate, short lines, shuffled), each with an
 * edited copy and the true number of words the edits changed. Seeded, so every run measures the
 * same texts.
 */

const VOCABULARY = (
  'the of and to in a on for with by that is be shall will as at from this its their all any Parties Republic ' +
  'Federation President Minister Government State States Security Council General Assembly resolution paragraph ' +
  'point article statement agreement ceasefire peacekeeping force contingent deployment withdrawal territory ' +
  'corridor district border region conflict zone hostilities cessation implementation monitoring verification ' +
  'centre mission mandate period extension provision expiry obligation commitment cooperation dialogue negotiation ' +
  'settlement sovereignty integrity security stability peace humanitarian refugees displaced persons return ' +
  'communication transport economic infrastructure restoration unblocking guarantee safety citizens vehicles goods ' +
  'directions construction route connection international law Charter United Nations Member nuclear weapons danger ' +
  'disarmament elimination threat use risk measures steps reduction policies doctrine confidence transparency ' +
  'reaffirming recalling noting welcoming emphasizing urging calls upon requests decides invites encourages ' +
  'further practical realistic mutually reinforcing necessary effective immediate complete comprehensive'
).split(' ')

const CONNECTORS = [',', ',', ';', ' and', ' as well as', ' in accordance with']

export class Random {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0 || 1
  }
  next(): number {
    // xorshift32: fast, and the same sequence on every machine
    let x = this.state
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    this.state = x >>> 0
    return this.state / 0x100000000
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!
  }
}

function word(random: Random): string {
  // Skewed towards the front of the vocabulary, as real text is towards its common words.
  const roll = random.next()
  if (roll < 0.04) return String(random.int(1, 2000))
  if (roll < 0.05) return `${random.int(1, 28)} November ${random.int(1990, 2025)}`
  return VOCABULARY[Math.floor(random.next() ** 2 * VOCABULARY.length)]!
}

export function sentence(random: Random, words: number): string {
  const parts: string[] = []
  for (let i = 0; i < words; i++) {
    parts.push(word(random))
    if (i > 2 && i < words - 2 && random.next() < 0.08) parts[parts.length - 1] += random.pick(CONNECTORS)
  }
  const text = parts.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

export function paragraph(random: Random, number: number): string {
  const target = random.int(40, 150)
  const sentences: string[] = []
  let count = 0
  while (count < target) {
    const length = Math.min(target - count, random.int(12, 35))
    sentences.push(sentence(random, Math.max(3, length)))
    count += Math.max(3, length)
  }
  return `${number}. ${sentences.join(' ')}`
}

export function generateDocument(totalWords: number, seed: number): string[] {
  const random = new Random(seed)
  const paragraphs: string[] = []
  let words = 0
  while (words < totalWords) {
    const text = paragraph(random, paragraphs.length + 1)
    paragraphs.push(text)
    words += text.split(' ').length
  }
  return paragraphs
}

/** A word of an edited document: its place in the original, or -1 where an edit wrote it. */
interface Word {
  text: string
  origin: number
}

/**
 * Edits a document and keeps count of what changed, word by word: every word remembers where it
 * came from, so the true number of words inserted and deleted is known exactly, however edits
 * overlap. Words are the document's space-separated parts, which the comparison counts as one
 * word each ("force," is a word and a comma).
 */
class Editor {
  readonly paragraphs: Word[][]
  private readonly originals: number

  constructor(
    original: string[],
    readonly random: Random,
  ) {
    let origin = 0
    this.paragraphs = original.map((text) => text.split(' ').map((part) => ({ text: part, origin: origin++ })))
    this.originals = origin
  }

  /** Replaces up to `count` words in a row (never a paragraph's first) by other words; returns how many. */
  substitute(at: number, count: number): number {
    const words = this.paragraphs[at]!
    if (words.length < 2) return 0
    const start = this.random.int(1, Math.max(1, words.length - count))
    const end = Math.min(words.length, start + count)
    for (let i = start; i < end; i++) {
      // One part, unlike the original: a date ("5 November 2020") would be three words.
      let text = word(this.random)
      while (text === words[i]!.text || text.includes(' ')) text = word(this.random)
      words[i] = { text, origin: -1 }
    }
    return end - start
  }

  insertSentence(at: number): number {
    const inserted = fresh(sentence(this.random, this.random.int(10, 25)))
    this.paragraphs[at]!.push(...inserted)
    return inserted.length
  }

  /** Deletes a sentence other than the first (the one around a word picked at random); returns the words deleted. */
  deleteSentence(at: number): number {
    const words = this.paragraphs[at]!
    const endsSentence = (i: number): boolean => words[i]!.text.endsWith('.')
    let start = this.random.int(1, Math.max(1, words.length - 1))
    while (start > 0 && !endsSentence(start - 1)) start--
    if (start === 0) return 0
    let end = start
    while (end < words.length && !endsSentence(end)) end++
    end = Math.min(words.length, end + 1)
    words.splice(start, end - start)
    return end - start
  }

  insertParagraph(at: number, text: string): number {
    const inserted = fresh(text)
    this.paragraphs.splice(at, 0, inserted)
    return inserted.length
  }

  deleteParagraph(at: number): number {
    return this.paragraphs.splice(at, 1)[0]!.length
  }

  move(from: number, to: number): void {
    const [moved] = this.paragraphs.splice(from, 1)
    this.paragraphs.splice(to, 0, moved!)
  }

  texts(): string[] {
    return this.paragraphs.map((words) => words.map((w) => w.text).join(' '))
  }

  /** Words inserted plus words deleted: what a perfect comparison reports. */
  trueChanges(): number {
    const kept = new Uint8Array(this.originals)
    let inserted = 0
    for (const words of this.paragraphs) for (const w of words) {
      if (w.origin < 0) inserted++
      else kept[w.origin] = 1
    }
    let deleted = 0
    for (const k of kept) if (k === 0) deleted++
    return inserted + deleted
  }
}

function fresh(text: string): Word[] {
  return text.split(' ').map((part) => ({ text: part, origin: -1 }))
}

/**
 * The edits of a revised statement: word substitutions, sentence and paragraph insertions and
 * deletions, and moved paragraphs, until about `rate` of the words have changed.
 */
function editWords(editor: Editor, rate: number): void {
  const random = editor.random
  const paragraphs = editor.paragraphs
  const totalWords = paragraphs.reduce((sum, words) => sum + words.length, 0)
  let changed = 0
  while (changed < rate * totalWords && paragraphs.length > 2) {
    const roll = random.next()
    const at = random.int(0, paragraphs.length - 1)
    if (roll < 0.7) changed += editor.substitute(at, random.int(1, 3))
    else if (roll < 0.8) changed += editor.insertSentence(at)
    else if (roll < 0.9) changed += editor.deleteSentence(at)
    else if (roll < 0.94) changed += editor.insertParagraph(at, paragraph(random, at + 1))
    else if (roll < 0.97) changed += editor.deleteParagraph(at)
    else {
      changed += paragraphs[at]!.length
      editor.move(at, random.int(0, paragraphs.length - 1))
    }
  }
}

/** An edited copy of a document with about `rate` of its words changed (see editWords). */
export function editDocument(original: string[], rate: number, seed: number): string[] {
  const editor = new Editor(original, new Random(seed))
  editWords(editor, rate)
  return editor.texts()
}

/** Two versions of a document and the true count of words inserted and deleted between them. */
export interface EditedPair {
  left: string[]
  right: string[]
  trueChanges: number
}

function pair(left: string[], editor: Editor): EditedPair {
  return { left, right: editor.texts(), trueChanges: editor.trueChanges() }
}

/** Statements with about `rate` of their words edited. */
export function wordsEdited(words: number, rate: number, seed: number): EditedPair {
  const left = generateDocument(words, seed)
  const editor = new Editor(left, new Random(seed + 1))
  editWords(editor, rate)
  return pair(left, editor)
}

/** Statements with `rate` of their paragraphs edited lightly: one to three words each. */
export function paragraphsEdited(words: number, rate: number, seed: number): EditedPair {
  const left = generateDocument(words, seed)
  const editor = new Editor(left, new Random(seed + 1))
  for (let at = 0; at < left.length; at++) if (editor.random.next() < rate) editor.substitute(at, editor.random.int(1, 3))
  return pair(left, editor)
}

/** Every paragraph edited: one word substituted in each, so that no paragraph is left equal. */
export function everyParagraphTouched(words: number, seed: number): EditedPair {
  const left = generateDocument(words, seed)
  const editor = new Editor(left, new Random(seed + 1))
  for (let at = 0; at < left.length; at++) editor.substitute(at, 1)
  return pair(left, editor)
}

/** One paragraph of `words` words (no blank line anywhere), 1% of its words edited in place. */
export function giantParagraph(words: number, seed: number): EditedPair {
  const left = [generateDocument(words, seed).join(' ')]
  const editor = new Editor(left, new Random(seed + 1))
  const random = editor.random
  let changed = 0
  while (changed < 0.01 * words) {
    const roll = random.next()
    if (roll < 0.8) changed += editor.substitute(0, random.int(1, 3))
    else if (roll < 0.9) changed += editor.insertSentence(0)
    else changed += editor.deleteSentence(0)
  }
  return pair(left, editor)
}

const DISTRICTS = ['Aghdam', 'Kalbajar', 'Lachin', 'Fuzuli', 'Jabrayil', 'Zangilan', 'Gubadly', 'Shusha']

/** One boilerplate paragraph with a few words that vary: many paragraphs of a document are the same word for word. */
function boilerplateParagraph(random: Random): string {
  const district = random.pick(DISTRICTS)
  return (
    `The Parties shall ensure the safe return of internally displaced persons and refugees to the territory of the ` +
    `${district} district and adjacent areas under the supervision of the Office of the United Nations High Commissioner for ` +
    `Refugees, within ${random.int(2, 9)} months of the date of this statement, and shall report to the ${random.pick(['Security Council', 'General Assembly', 'Secretary-General'])} ` +
    `on the implementation of this provision in the ${district} district.`
  )
}

/** A document that repeats one paragraph with small variants, edited at 1% of its words. */
export function boilerplate(words: number, seed: number): EditedPair {
  const random = new Random(seed)
  const left: string[] = []
  for (let count = 0; count < words; ) {
    const text = boilerplateParagraph(random)
    left.push(text)
    count += text.split(' ').length
  }
  const editor = new Editor(left, new Random(seed + 1))
  const edits = editor.random
  let changed = 0
  while (changed < 0.01 * words) {
    const roll = edits.next()
    const at = edits.int(0, editor.paragraphs.length - 1)
    if (roll < 0.8) changed += editor.substitute(at, edits.int(1, 3))
    else if (roll < 0.9) changed += editor.insertParagraph(at, boilerplateParagraph(edits))
    else changed += editor.deleteParagraph(at)
  }
  return pair(left, editor)
}

/** `lines` short lines of three to eight words, each a paragraph, with 1% of the words edited. */
export function shortLines(lines: number, seed: number): EditedPair {
  const random = new Random(seed)
  const left = Array.from({ length: lines }, () => sentence(random, random.int(3, 8)))
  const editor = new Editor(left, new Random(seed + 1))
  editWords(editor, 0.01)
  return pair(left, editor)
}

/** Statements whose paragraphs are all shuffled, then 1% of the words edited. */
export function shuffled(words: number, seed: number): EditedPair {
  const left = generateDocument(words, seed)
  const editor = new Editor(left, new Random(seed + 1))
  const paragraphs = editor.paragraphs
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const j = editor.random.int(0, i)
    ;[paragraphs[i], paragraphs[j]] = [paragraphs[j]!, paragraphs[i]!]
  }
  for (let changed = 0; changed < 0.01 * words; ) changed += editor.substitute(editor.random.int(0, paragraphs.length - 1), editor.random.int(1, 3))
  return pair(left, editor)
}
