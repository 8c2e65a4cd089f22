/**
 * Statement-like documents for benchmarks: numbered paragraphs of 40 to 150 words built from a
 * diplomatic vocabulary with numbers, dates and punctuation, and edited copies of them. Seeded,
 * so every run measures the same texts.
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

function countWordsFast(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

export function generateDocument(totalWords: number, seed: number): string[] {
  const random = new Random(seed)
  const paragraphs: string[] = []
  let words = 0
  while (words < totalWords) {
    const text = paragraph(random, paragraphs.length + 1)
    paragraphs.push(text)
    words += countWordsFast(text)
  }
  return paragraphs
}

/**
 * An edited copy: word substitutions, sentence and paragraph insertions and deletions, and moved
 * paragraphs, until about `rate` of the words have changed.
 */
export function editDocument(original: string[], rate: number, seed: number): string[] {
  const random = new Random(seed)
  const paragraphs = [...original]
  const totalWords = original.reduce((sum, text) => sum + countWordsFast(text), 0)
  let changed = 0
  while (changed < rate * totalWords && paragraphs.length > 2) {
    const roll = random.next()
    const at = random.int(0, paragraphs.length - 1)
    if (roll < 0.7) {
      const words = paragraphs[at]!.split(' ')
      const count = random.int(1, 3)
      const start = random.int(1, Math.max(1, words.length - count))
      for (let i = start; i < Math.min(words.length, start + count); i++) words[i] = word(random)
      paragraphs[at] = words.join(' ')
      changed += count
    } else if (roll < 0.8) {
      const inserted = sentence(random, random.int(10, 25))
      paragraphs[at] = `${paragraphs[at]!} ${inserted}`
      changed += countWordsFast(inserted)
    } else if (roll < 0.9) {
      const sentences = paragraphs[at]!.split(/(?<=\.) /)
      if (sentences.length < 2) continue
      const removed = sentences.splice(random.int(1, sentences.length - 1), 1)[0]!
      paragraphs[at] = sentences.join(' ')
      changed += countWordsFast(removed)
    } else if (roll < 0.94) {
      const inserted = paragraph(random, at + 1)
      paragraphs.splice(at, 0, inserted)
      changed += countWordsFast(inserted)
    } else if (roll < 0.97) {
      changed += countWordsFast(paragraphs.splice(at, 1)[0]!)
    } else {
      const [moved] = paragraphs.splice(at, 1)
      paragraphs.splice(random.int(0, paragraphs.length), 0, moved!)
      changed += countWordsFast(moved!)
    }
  }
  return paragraphs
}
