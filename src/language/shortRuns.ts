/*
 * A message with a long run of spaces, commas or dots ("maths" then 20,000 spaces): no reader needs
 * more than a few of them, and a regular expression tried at every place of a long run takes seconds.
 * So every run longer than a few marks is read as its first marks, with a space or a line break
 * where the run had one.
 */

/** Spaces and marks between words; a run of more than 12 is shortened. */
const LONG_RUN = /[\s,.;:!?…\-_*~=+#/\\|'"`]{13,}/gu;

function shortened(run: string): string {
  const marks = run.replace(/\s+/g, '').slice(0, 3);
  // The words either side stay apart when the run had a space anywhere in it.
  const gap = run.includes('\n') ? '\n' : /\s/.test(run) ? ' ' : '';
  if (!marks) return gap;
  return `${/^\s/.test(run) ? ' ' : ''}${marks}${gap}`;
}

/** The message with every long run of spaces or marks shortened; as typed when it has none. */
export function withShortRuns(text: string): string {
  return text.replace(LONG_RUN, shortened);
}
