import type { ReadingMode } from '../domain/readingMode';

/*
 * Inline so a downloaded page stands alone (no fonts, images or scripts from anywhere).
 * Section bands and bordered tables follow the look of local authority EHC plan templates;
 * easy-read gets larger type, more space between lines and a wider left rule on headings.
 */
const BASE = `
:root { --ink: #1b1b1b; --band: #1d4f7a; --band-ink: #ffffff; --rule: #6b6b6b; --soft: #eef3f8; --missing: #5a5a5a; }
* { box-sizing: border-box; }
html { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0; line-height: 1.5; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.75rem; margin: 0 0 .5rem; line-height: 1.25; }
h2 { background: var(--band); color: var(--band-ink); font-size: 1.25rem; margin: 2rem 0 .75rem; padding: .5rem .75rem; }
h2 .letter { font-weight: bold; }
h2 .letter::after { content: ":"; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
p, li { max-width: 46rem; }
ul { margin: .25rem 0 .75rem; padding-left: 1.5rem; }
.own-words { white-space: pre-line; overflow-wrap: anywhere; }
.intro { font-size: 1.05rem; }
.missing { color: var(--missing); font-style: italic; }
.note { border-left: 4px solid var(--band); background: var(--soft); padding: .5rem .75rem; }
.sub-label { margin: .25rem 0 0; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; }
th, td { border: 1px solid var(--rule); padding: .45rem .6rem; text-align: left; vertical-align: top; }
thead th, tbody th { background: var(--soft); }
tbody th { width: 32%; font-weight: bold; }
td ul { margin: 0; }
caption { text-align: left; font-weight: bold; font-size: 1.1rem; padding: .25rem 0; }
.details { width: auto; min-width: 60%; }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: .5rem; font-size: .95rem; }
/* On a phone each outcome row's label sits above its words, so the person's words get the whole width. */
@media screen and (max-width: 30rem) {
  main { padding: 1rem .75rem; }
  table.outcome, table.outcome tbody, table.outcome tr, table.outcome th, table.outcome td { display: block; width: auto; }
  table.outcome tr { border-bottom: 1px solid var(--rule); }
  table.outcome th, table.outcome td { border: 0; }
  table.outcome { border: 1px solid var(--rule); }
  table.outcome caption { display: block; padding: .25rem .6rem; }
}
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  html { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { -webkit-print-color-adjust: exact; print-color-adjust: exact; break-after: avoid; }
  h3, caption { break-after: avoid; }
  table.outcome, tr { break-inside: avoid; }
  thead th, tbody th, .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const EASY_READ = `
html { font-size: 1.2rem; }
body { line-height: 1.7; }
h1 { font-size: 2rem; }
h2 { font-size: 1.5rem; }
h2 .letter { display: block; font-size: .95rem; font-weight: normal; }
h2 .letter::after { content: ""; }
h3 { font-size: 1.25rem; }
li { margin-bottom: .35rem; }
@media print { html { font-size: 14pt; } }
`;

export function planStyles(mode: ReadingMode): string {
  return mode === 'easy_read' ? BASE + EASY_READ : BASE;
}
