/**
 * Organisations whose founding text a bare unit cites: a news page about NATO that says
 * "Article 5" means the North Atlantic Treaty, "l'article 51 de l'ONU" the UN Charter. Their
 * names in the eleven languages, as written: acronyms with their case ("UN" but not French
 * "un"), full names in any case.
 */
interface Organisation {
  /** The key of its founding instrument in the instruments table. */
  instrument: string
  /** In words, for the reader: "the text speaks of NATO". */
  name: string
  acronyms: string[]
  names: string[]
}

const ORGANISATIONS: Organisation[] = [
  {
    instrument: 'un-charter',
    name: 'the United Nations',
    acronyms: ['UN', 'U.N.', 'UNO', 'ONU', 'ООН', 'BM', 'BMT', 'ՄԱԿ'],
    names: ['United Nations', 'Nations Unies', 'Naciones Unidas', 'Vereinten Nationen', 'Birleşmiş Milletler', 'Birləşmiş Millətlər', 'Организации Объединенных Наций', 'Организации Объединённых Наций', 'Організації Об’єднаних Націй', "Організації Об'єднаних Націй", 'الأمم المتحدة', 'الامم المتحدة', '联合国', '聯合國'],
  },
  {
    instrument: 'north-atlantic-treaty',
    name: 'NATO',
    acronyms: ['NATO', 'Nato', 'OTAN', 'НАТО', 'ՆԱՏՕ'],
    names: ['North Atlantic Alliance', 'Alliance atlantique', 'Alianza Atlántica', 'Nordatlantische Allianz', 'Североатлантический альянс', 'Північноатлантичний альянс', 'الناتو', 'حلف شمال الأطلسي', '北约', '北約'],
  },
]

function escaped(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** One pattern of literals between non-letters: a single pass, no nested quantifiers. */
function pattern(words: string[], flags: string): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escaped)
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, flags)
}

const MATCHERS = ORGANISATIONS.map((organisation) => ({
  organisation,
  acronyms: pattern(organisation.acronyms, 'gu'),
  // Han and Arabic names stand inside longer words ("联合国宪章", "للأمم"): looked for as they are.
  names: new RegExp(organisation.names.map(escaped).join('|'), 'giu'),
}))

export interface OrganisationMention {
  at: number
  instrument: string
  name: string
}

/** Every organisation named in a text, in order. */
export function organisationMentions(text: string): OrganisationMention[] {
  const mentions: OrganisationMention[] = []
  for (const { organisation, acronyms, names } of MATCHERS) {
    for (const regex of [acronyms, names]) {
      regex.lastIndex = 0
      for (let match = regex.exec(text); match; match = regex.exec(text)) mentions.push({ at: match.index, instrument: organisation.instrument, name: organisation.name })
    }
  }
  return mentions.sort((a, b) => a.at - b.at)
}

/**
 * The organisation a designation's words are, with no more than an article or a case ending:
 * "BM’nin", "l’ONU", "der Nato"; with `founding`, one more word may stand there, the noun of a
 * founding text: "Статут НАТО", "Устава НАТО".
 */
export function organisationNamed(text: string, founding = false): OrganisationMention | null {
  const mentions = organisationMentions(text)
  if (mentions.length !== 1) return null
  const named = ORGANISATIONS.find((organisation) => organisation.instrument === mentions[0]!.instrument)!
  const written = [...named.acronyms, ...named.names].filter((word) => text.includes(word) || text.toLowerCase().includes(word.toLowerCase()))
  const longest = written.reduce((best, word) => (word.length > best.length ? word : best), '')
  const rest = text.toLowerCase().replace(longest.toLowerCase(), ' ')
  const words = rest.split(/[^\p{L}]+/u).filter((word) => word.length > MAX_LETTERS_AROUND)
  if (founding) return words.length <= 1 ? mentions[0]! : null
  return rest.replace(/[^\p{L}]/gu, '').length <= MAX_LETTERS_AROUND ? mentions[0]! : null
}

/** An article or a case ending around an organisation's name: "l’", "der ", "’nin". */
const MAX_LETTERS_AROUND = 4

/**
 * The organisation a reference at `at` in a paragraph most likely speaks of: the nearest named
 * in its paragraph, else the last named before it in the document.
 */
export function nearestOrganisation(inParagraph: OrganisationMention[], at: number, before: OrganisationMention | null): OrganisationMention | null {
  let nearest: OrganisationMention | null = null
  for (const mention of inParagraph) if (!nearest || Math.abs(mention.at - at) < Math.abs(nearest.at - at)) nearest = mention
  return nearest ?? before
}
