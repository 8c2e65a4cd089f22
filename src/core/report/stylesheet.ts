import { cssString } from '../markup/escape'
import type { ReportPage } from './model'

const MARGIN_BOX = 'font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #4a545e;'

/**
 * The report's pages: size and orientation, the running header (the report's title, from the
 * documents, so a CSS string that nothing in it can end) and "Page n of m" in the page margins.
 */
export function pageStyles({ page, header, footer }: { page: ReportPage; header: string; footer: string }): string {
  return `@page { size: ${page.size === 'a4' ? 'A4' : 'letter'} ${page.orientation}; margin: 16mm 12mm 15mm;
  @top-left { content: ${cssString(header)}; ${MARGIN_BOX} }
  @top-right { content: "Communique"; ${MARGIN_BOX} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${MARGIN_BOX} }
  @bottom-left { content: ${cssString(footer)}; ${MARGIN_BOX} } }`
}

/**
 * The one print stylesheet of every report. Insertions and deletions stay distinguishable in
 * black and white (underlined, struck through) as well as in colour; rows avoid page breaks
 * inside them, and a row taller than a page flows on rather than being cut.
 */
export const REPORT_STYLESHEET = `
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: 10pt; line-height: 1.45; color: #1b1f24; }
@media screen { body { max-width: 1200px; margin: 24px auto; padding: 0 24px; } body.inline { max-width: 820px; } body.columns { max-width: none; } }
h2, h3, .kicker, .role, .meta, .made, .legend, .stats, .label, .kind, .note, .row-head, .changes-table, .references-section {
  font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
}
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 8pt; color: #5b6570; margin: 0 0 6px; }
.documents { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 8px 18px; margin-bottom: 8px; }
.document h2 { font-family: "DejaVu Serif", Georgia, serif; font-weight: normal; font-size: 12.5pt; line-height: 1.3; margin: 0 0 3px; }
.role { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.08em; color: #5b6570; margin: 0; }
.meta { font-size: 8pt; color: #4a545e; margin: 0; display: flex; flex-wrap: wrap; gap: 2px 12px; }
.meta .file { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; }
.made, .legend { font-size: 8pt; color: #4a545e; margin: 4px 0; }
.report-header { border-bottom: 1.5pt solid #1b1f24; padding-bottom: 8px; margin-bottom: 10px; }
.stats { border-collapse: collapse; font-size: 8pt; margin: 6px 0 8px; break-after: avoid; }
.stats td, .stats th { border: 0.5pt solid #b9c0c7; padding: 2px 6px; white-space: nowrap; text-align: left; }
.stats .number { font-weight: bold; }
del { color: #9d1c1c; background: #fbe3e1; text-decoration: line-through; text-decoration-thickness: 0.8pt; }
ins { color: #1d6130; background: #dff2e3; text-decoration: underline; text-decoration-thickness: 0.8pt; text-underline-offset: 1.5pt; }
/* The comparison and the table of changes are tables: their heads repeat on every page they run onto. */
table.rows, .changes-table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: left; vertical-align: bottom; }
td { vertical-align: top; }
.rows td, .rows th { padding: 5px 3px; }
.row { border-bottom: 0.5pt solid #d5d9dd; }
.col-label { width: 30px; }
.col-label-wide { width: 44px; }
.col-kind { width: 64px; }
.row-head th { font-size: 8pt; font-weight: bold; color: #1b1f24; border-bottom: 1pt solid #1b1f24; line-height: 1.3; overflow-wrap: anywhere; }
.row-head .role, .changes-table th { font-size: 7pt; text-transform: uppercase; letter-spacing: 0.06em; color: #5b6570; }
.label { font-size: 8pt; font-weight: bold; color: #2a5d8f; text-align: right; }
.cell-label { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; font-weight: bold; color: #2a5d8f; margin-right: 4px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; orphans: 3; widows: 3; }
.text.empty { background: repeating-linear-gradient(135deg, transparent 0 4px, #eceae4 4px 5px); }
.text.placeholder { font-size: 7.5pt; color: #5b6570; font-style: italic; }
.row-equal .text, .cell-equal { color: #4a545e; }
.columns .text { font-size: 8.5pt; }
.kind { font-size: 7pt; text-align: center; }
.kind .badge, .kind .similarity { display: inline-block; margin-bottom: 2px; }
.badge { text-transform: uppercase; letter-spacing: 0.05em; font-weight: bold; border: 0.6pt solid currentColor; border-radius: 6px; padding: 0 4px; font-size: 6.5pt; white-space: nowrap; font-family: "DejaVu Sans", Arial, sans-serif; }
.badge-modified { color: #7a5300; }
.badge-moved, .badge-split, .badge-merged { color: #1f4e79; }
.badge-inserted { color: #1d6130; }
.badge-deleted { color: #9d1c1c; }
.similarity { color: #5b6570; }
.note { margin: 2px 0 0; font-size: 7.5pt; color: #1f4e79; font-style: italic; font-family: "DejaVu Sans", Arial, sans-serif; }
.changes { margin-bottom: 14px; }
.changes h2 { font-size: 11pt; margin: 8px 0 4px; }
.changes .count { font-weight: normal; color: #5b6570; }
.changes-table { font-size: 8pt; }
.changes-table th { border-bottom: 1pt solid #1b1f24; padding: 2px 4px; }
.changes-table td { border-bottom: 0.5pt solid #e3e6e9; padding: 2px 4px; }
.changes-table .number { color: #5b6570; }
.col-number { width: 30px; }
.col-kind-wide { width: 110px; }
.col-document { width: 90px; }
.col-place { width: 120px; }
.place a { color: #2a5d8f; }
.excerpt { font-family: "DejaVu Serif", Georgia, serif; overflow-wrap: anywhere; }
.no-changes { font-size: 9pt; }
.references-section { margin-top: 16px; border-top: 1pt solid #1b1f24; font-size: 8.5pt; }
.references-section h2 { font-size: 11pt; margin: 8px 0 4px; }
.references-section h3 { font-size: 9pt; margin: 8px 0 2px; }
.references { margin: 0; padding-left: 18px; }
.references li { break-inside: avoid; margin-bottom: 2px; }
.ref-text { font-family: "DejaVu Serif", Georgia, serif; }
.ref-unresolved { color: #6b5a5a; font-style: italic; }
`
