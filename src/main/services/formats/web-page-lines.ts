/**
 * The furniture of a web page printed to PDF, which a saved HTML page loses with its <nav>,
 * <header> and <footer>: the browser's own header and footer (the date and time, the page's title,
 * its address, "1/2") and the site's navigation and copyright lines around the text. Every test
 * here reads one line, with no pattern that can backtrack.
 */

interface PrintedLine {
  page: number
  /** Baseline from the top of the page, in points. */
  top: number
  text: string
}

/** A browser prints its header and footer in the page's outer band: this share of its height. */
const BROWSER_BAND = 0.04
/** Navigation and copyright lines stand among the first or the last lines of the text. */
const EDGE_LINES = 8
const PRINT_TIME = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?: ?[AP]M)?\b/i
const ADDRESS = /^(?:https?|file):\/\/\S/i
/** Words of a copyright line, in the folder's languages. */
const COPYRIGHT = /©|\(c\) ?\d{4}|\bcopyright\b|all rights reserved|все права защищены|bütün hüquqlar qorunur|tüm hakları saklıdır|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|版权所有|جميع الحقوق محفوظة/i
// Not "/": a date (10/11/2020) is no line of links.
const NAVIGATION_SEPARATORS = new Set(['|', '•', '·', '›', '»'])
const MAX_NAVIGATION_ITEM = 40
const MAX_COPYRIGHT_LINE = 200

/** A line of links: at least three short items between separators, none of them a sentence. */
function isNavigation(text: string): boolean {
  let items = 1
  let itemLength = 0
  for (const char of text) {
    if (NAVIGATION_SEPARATORS.has(char)) {
      if (itemLength === 0 && items > 1) return false
      items++
      itemLength = 0
    } else if (char !== ' ') {
      if (char === '.' || ++itemLength > MAX_NAVIGATION_ITEM) return false
    }
  }
  return items >= 3
}

/** Whether the browser printed its header and footer: the time it printed, or the page's address, in the outer band. */
function printedByBrowser(lines: readonly PrintedLine[], inBand: (line: PrintedLine) => boolean): boolean {
  return lines.some((line) => inBand(line) && (PRINT_TIME.test(line.text) || ADDRESS.test(line.text)))
}

/** The lines of a web page printed to PDF that are no part of its text; none for another PDF. */
export function webPageFurniture<L extends PrintedLine>(lines: readonly L[], pageHeights: readonly number[]): Set<L> {
  const furniture = new Set<L>()
  const inBand = (line: PrintedLine) => line.top < pageHeights[line.page]! * BROWSER_BAND || line.top > pageHeights[line.page]! * (1 - BROWSER_BAND)
  if (!printedByBrowser(lines, inBand)) return furniture
  for (const line of lines) if (inBand(line)) furniture.add(line)
  const body = lines.filter((line) => !furniture.has(line))
  const edges = [...body.slice(0, EDGE_LINES), ...body.slice(Math.max(EDGE_LINES, body.length - EDGE_LINES))]
  for (const line of edges) {
    if (isNavigation(line.text) || (line.text.length <= MAX_COPYRIGHT_LINE && COPYRIGHT.test(line.text))) furniture.add(line)
  }
  return furniture
}
