import { writtenDateAt, type WrittenDate } from '../text/dates-multilingual'
import { lowerCase } from '../text/matchable'
import { NEWS_AGENCIES } from './kind-words'

/** Where a report was filed, when and by whom: "MOSCOW, Nov 10 (Reuters) -", "Баку, 10 ноября — АПА.", "New York, The Gulf Observer:". */
export interface Dateline {
  /** Index of the paragraph that opens with it. */
  paragraph: number
  /** Its date, often without the year ("August 12"). */
  date: WrittenDate | null
  /** The agency or outlet that filed it, when it says. */
  agency: string | null
}

/** Datelines open one of the first paragraphs: after the title, a subtitle or a photo caption. */
export const DATELINE_PARAGRAPHS = 3

const CAPITALISED = "[\\p{Lu}][\\p{L}\\p{M}.'’-]{0,30}"
const ARABIC_WORD = '[\\p{Script=Arabic}]{2,20}'
const PLACE_WORD = `(?:${CAPITALISED}|${ARABIC_WORD})`
/** One to four capitalised words ("New York", "BAKU"), perhaps a country after a comma ("BAKU, Azerbaijan"), then a comma or a dash. */
const PLACE = new RegExp(`^${PLACE_WORD}(?:\\s${PLACE_WORD}){0,3}(?:,\\s${CAPITALISED}(?:\\s${CAPITALISED}){0,2})?(?:\\s?[,،]\\s?|\\s[-–—]\\s)`, 'u')
const ARTICLE = /^(?:le|den|am|el|the|on)\s/u
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const AGENCY_NAMES = NEWS_AGENCIES.map(escape).join('|')
/** After the place or the date: "(Reuters)", "/ТАСС/", "— АПА.", ", AZERTAC", ". Trend:". */
const AGENCY_AFTER = [
  /^\s?\(([\p{Lu}\p{Script=Arabic}\p{Script=Han}][^()]{1,39})\)/u,
  /^\s?[.,]?\s?\/([^/\s][^/]{1,29})\//u,
  new RegExp(`^\\s?[-–—.,:]?\\s?(?:by\\s)?(${AGENCY_NAMES})(?![\\p{L}])`, 'u'),
]
/** A name that files the report, straight after the place: "New York, The Gulf Observer: …". */
const OUTLET_COLON = /^((?:The\s)?[\p{Lu}][\p{L}\p{M}.'’-]{1,30}(?:\s[\p{Lu}][\p{L}\p{M}.'’-]{1,30}){0,3})\s?:/u
/** An agency alone on the next line: "Trend:". */
const AGENCY_LINE = new RegExp(`^(?:${AGENCY_NAMES})\\s?:?$`, 'u')
/** Chinese agencies date their reports "新华社莫斯科11月10日电". */
const CHINESE_DATELINE = /^(新华社|中新社)?[\p{Script=Han}]{1,12}?(?=[0-9０-９]{1,2}月[0-9０-９]{1,2}日电)/u

function agencyAfter(rest: string): string | null {
  for (const pattern of AGENCY_AFTER) {
    const match = pattern.exec(rest)
    if (match) return match[1]!.trim()
  }
  return null
}

/** A date alone on its line, perhaps with a word or two of punctuation after ("9 ноября 2020 года"). */
const DATE_ALONE_SLACK = 10

function datelineOf(text: string, next: string | undefined): Omit<Dateline, 'paragraph'> | null {
  const alone = writtenDateAt(text, 0)
  if (alone && text.length - alone.end <= DATE_ALONE_SLACK) return { date: alone, agency: null }
  const chinese = CHINESE_DATELINE.exec(text)
  if (chinese) return { date: writtenDateAt(text, chinese[0].length, { yearless: true }), agency: chinese[1] ?? null }
  const place = PLACE.exec(text)
  if (!place) return null
  let at = place[0].length
  const article = ARTICLE.exec(lowerCase(text.slice(at, at + 5)))
  if (article) at += article[0].length
  const date = writtenDateAt(text, at, { yearless: true })
  const restStart = date ? date.end : place[0].length
  const rest = text.slice(restStart, restStart + 80)
  const outlet = date ? null : (OUTLET_COLON.exec(rest)?.[1] ?? null)
  const nextLine = next !== undefined && next.length <= 40 && AGENCY_LINE.test(next) ? next.replace(/\s?:$/, '') : null
  const agency = agencyAfter(rest) ?? outlet ?? nextLine
  if (!date && !agency) return null
  return { date, agency }
}

/** The dateline that opens one of the first paragraphs, or null. */
export function findDateline(paragraphs: readonly string[]): Dateline | null {
  for (let index = 0; index < Math.min(DATELINE_PARAGRAPHS, paragraphs.length); index++) {
    const found = datelineOf(paragraphs[index]!, paragraphs[index + 1])
    if (found) return { paragraph: index, ...found }
  }
  return null
}
