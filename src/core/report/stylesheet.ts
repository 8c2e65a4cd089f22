import { cssString } from '../markup/escape'

const MARGIN_BOX = 'font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #4a545e;'

/**
 * The report's pages: size and orientation, the running header (the report's title, from the
 * documents, so a CSS string that nothing in it can end) and "Page n of m" in the page margins.
 */
export function pageStyles(page: { orientation: 'landscape' | 'portrait'; header: string; footer: string }): string {
  return `@page { size: A4 ${page.orientation}; margin: 16mm 12mm 15mm;
  @top-left { content: ${cssString(page.header)}; ${MARGIN_BOX} }
  @top-right { content: "Communique"; ${MARGIN_BOX} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${MARGIN_BOX} }
  @bottom-left { content: ${cssString(page.footer)}; ${MARGIN_BOX} } }`
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
@media screen { body { max-width: 1200px; margin: 24px auto; padding: 0 24px; } body.inline { max-width: 820px; } }
h2, h3, .kicker, .role, .meta, .made, .legend, .stats, .label, .kind, .note, .row-head, .references-section {
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
.section-title { font-size: 11pt; margin: 14px 0 4px; break-after: avoid; }
.stats { border-collapse: collapse; font-size: 8pt; margin: 6px 0 8px; break-after: avoid; }
.stats td { border: 0.5pt solid #b9c0c7; padding: 2px 6px; white-space: nowrap; }
.stats .number { font-weight: bold; }
del { color: #9d1c1c; background: #fbe3e1; text-decoration: line-through; text-decoration-thickness: 0.8pt; }
ins { color: #1d6130; background: #dff2e3; text-decoration: underline; text-decoration-thickness: 0.8pt; text-underline-offset: 1.5pt; }
.row { display: grid; gap: 0 6px; padding: 5px 0; border-bottom: 0.5pt solid #d5d9dd; break-inside: avoid; }
.side-by-side .row { grid-template-columns: 28px minmax(0, 1fr) 62px 28px minmax(0, 1fr); }
.inline .row { grid-template-columns: 40px minmax(0, 1fr) 62px; }
.row-head { font-size: 8pt; font-weight: bold; color: #4a545e; border-bottom: 1pt solid #1b1f24; break-after: avoid; }
.row-head div { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.label { font-size: 8pt; font-weight: bold; color: #2a5d8f; text-align: right; padding-top: 1px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; orphans: 3; widows: 3; }
.text.empty { background: repeating-linear-gradient(135deg, transparent 0 4px, #eceae4 4px 5px); min-height: 1.2em; }
.row-equal .text { color: #4a545e; }
.kind { font-size: 7pt; text-align: center; display: flex; flex-direction: column; align-items: center; gap: 2px; padding-top: 1px; }
.badge { text-transform: uppercase; letter-spacing: 0.05em; font-weight: bold; border: 0.6pt solid currentColor; border-radius: 6px; padding: 0 4px; font-size: 6.5pt; }
.badge-modified { color: #7a5300; }
.badge-moved, .badge-split, .badge-merged { color: #1f4e79; }
.badge-inserted { color: #1d6130; }
.badge-deleted { color: #9d1c1c; }
.similarity { color: #5b6570; }
.row-note { grid-column: 1 / -1; }
.note { margin: 2px 0 0; font-size: 7.5pt; color: #1f4e79; font-style: italic; }
.side-by-side .row-note .note { margin-left: 34px; }
.references-section { margin-top: 16px; border-top: 1pt solid #1b1f24; font-size: 8.5pt; }
.references-section h2 { font-size: 11pt; margin: 8px 0 4px; }
.references-section h3 { font-size: 9pt; margin: 8px 0 2px; }
.references { margin: 0; padding-left: 18px; }
.references li { break-inside: avoid; margin-bottom: 2px; }
.ref-text { font-family: "DejaVu Serif", Georgia, serif; }
.ref-unresolved { color: #6b5a5a; font-style: italic; }
`
