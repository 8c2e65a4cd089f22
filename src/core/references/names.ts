
/** What a document can be called by: derived from its title. */
export interface DocumentNames {
  /** Lower-case names: the title itself and short names ("trilateral statement", "un charter"). */
  names: string[]
  /** The kind of document the title names first ("statement", "charter"), or null. */
  head: string | null
  /** UN symbols and resolution numbers it carries ("80/37", "a/res/80/37"). */
  symbols: string[]
}

/** Nouns that name a kind of document in an English title, singular and lower case. */
const DOCUMENT_NOUNS = [
  'statement', 'declaration', 'charter', 'resolution', 'agreement', 'treaty', 'convention', 'protocol',
  'communiqué', 'communique', 'memorandum', 'commentary', 'decision', 'report', 'document', 'accord', 'accords', 'act',
  'covenant', 'constitution', 'readout',
]

/** The parties a statement speaks for: "the President of …, the Prime Minister of … and …". */
const PARTY = /\b(?:president|prime minister|minister(?: of foreign affairs)?|foreign minister|chancellor|king|emir|sultan|secretary|leader|head of state|government)s? of\b/gi
const RESOLUTION_TITLE = /^(\d{1,4}\/\d{1,4})\.\s/
const SYMBOL_IN_TITLE = /\b(?:A|S|E)\/(?:[A-Z]+\/)*[0-9]+(?:\/[0-9]+)*/g
const PARTY_ADJECTIVES: Record<number, string[]> = { 2: ['joint', 'bilateral'], 3: ['trilateral', 'tripartite'], 4: ['quadrilateral'] }

export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[“”"’']/g, '')
    .replace(/\bu\.n\.|\bun\b/g, 'united nations')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The first document noun in a title: "Statement", "Charter", "Commentary"… */
const HEAD_NOUN = new RegExp(`(?<![\\p{L}])(${DOCUMENT_NOUNS.join('|')})s?(?![\\p{L}])`, 'iu')

function headNoun(title: string): { head: string; at: number } | null {
  const match = HEAD_NOUN.exec(title)
  return match ? { head: match[1]!.toLowerCase(), at: match.index } : null
}

/**
 * Names a document goes by, from its title: "Statement by the President of Azerbaijan, the Prime
 * Minister of Armenia and the President of Russia" is also "the Trilateral Statement"; "Charter
 * of the United Nations" is also "the UN Charter"; "80/37. Reducing nuclear danger" is
 * resolution 80/37.
 */
export function documentNames(title: string): DocumentNames {
  const clean = title.replace(/\s*\([^)]*\)\s*$/, '').trim()
  const lower = normaliseName(clean)
  const names = new Set<string>([lower])
  const symbols = new Set<string>()
  const resolution = RESOLUTION_TITLE.exec(clean)
  const found = headNoun(clean)
  const head = found?.head ?? (resolution ? 'resolution' : null)
  if (resolution) {
    symbols.add(resolution[1]!)
    symbols.add(`a/res/${resolution[1]!}`)
    names.add(normaliseName(clean.slice(resolution[0].length)))
  }
  for (const symbol of clean.match(SYMBOL_IN_TITLE) ?? []) symbols.add(symbol.toLowerCase())
  if (found) {
    // "Charter of the United Nations, Article 51" → "charter of the united nations", "united nations charter".
    const fromHead = normaliseName(clean.slice(found.at)).split(/[,;:]/)[0]!.trim()
    names.add(fromHead)
    const ofWhom = /^(\w+) of the (.+)$/.exec(fromHead)
    if (ofWhom) names.add(`${ofWhom[2]!} ${ofWhom[1]!}`)
    // "Joint Statement by …": the words before the noun name it too.
    const before = normaliseName(clean.slice(0, found.at)).split(' ').filter(Boolean).slice(-2)
    if (before.length > 0) names.add(`${before.join(' ')} ${found.head}`)
    const parties = (clean.match(PARTY) ?? []).length
    for (const adjective of PARTY_ADJECTIVES[parties] ?? []) names.add(`${adjective} ${found.head}`)
  }
  return { names: [...names], head, symbols: [...symbols] }
}
