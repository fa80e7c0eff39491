/*
 * "my teacher said 'by friday' but I mean by summer", "mum says by christmas, i think by easter":
 * a time in quoted or reported words is someone else's; when the person names a time of their own
 * too, theirs is the one that counts. So is a time that only names today ("if today is the 6th of
 * December").
 */

/** Quoted words: an opening mark after a space (never the apostrophe in "don't"), its closing mark before a space or the end. */
const QUOTED = /(?:^|(?<=[\s(:]))['"\u2018\u201c]([^'"\u2018\u2019\u201c\u201d\n]{1,80})['"\u2019\u201d](?=$|[\s.,;:!?)])/g;
/** Someone else's words follow (never the person's own "i said", "we'd say"): "my teacher said", "mum says", "the school wanted it", "he told me". */
const REPORTED = /(?:\b(?:my|his|her|their|our|your|the|a)\s+)?(?<!['\w])(?!(?:i|we|id|ive|im|wed)\b)[a-z]+\s+(?:said|says|say|told\s+(?:me|us|him|her|them)|tells\s+(?:me|us|him|her|them)|suggested|suggests|reckons|thinks|thought|wanted\s+(?:it|this|that|me\s+to\s+do\s+it)|wants\s+(?:it|this|that)|asked\s+for\s+(?:it|this|that)|was\s+like)\b/g;
/** Where reported words end: "but", a new sentence or clause, or the person's own "i mean", "i think". */
const REPORT_ENDS = /\s+but\b|[,.;!?\n]|\s+(?:and\s+)?(?:i|we)\s+(?:mean|meant|think|want|wanna|would\s+say|d\s+say|'d\s+say|reckon|prefer|hope|say)\b|\s+for\s+me\b/;

export type Span = readonly [start: number, end: number];

/** "if today is the 6th of December", "The 6th of December is today": today named, never the date wanted. */
const TODAY_NAMED = /\btoday\s+(?:is|s)\b|\b(?:is|s)\s+today\b|\btodays\s+date\s+is\b/;

/** Where in the text someone else's words are: quoted, or after "X said" up to where the person speaks again. */
export function reportedSpans(text: string): Span[] {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const spans: Span[] = [];
  for (const m of lower.matchAll(QUOTED)) spans.push([m.index, m.index + m[0].length]);
  // A clause that names today is about today: the date wanted is said elsewhere.
  for (const m of lower.matchAll(/[^,.;!?\n]+/g)) if (TODAY_NAMED.test(m[0].replace(/'/g, ''))) spans.push([m.index, m.index + m[0].length]);
  for (const m of lower.matchAll(REPORTED)) {
    const start = m.index + m[0].length;
    const stop = REPORT_ENDS.exec(lower.slice(start).replace(/^[\s:,]+/, (lead) => ' '.repeat(lead.length)));
    spans.push([m.index, stop ? start + stop.index : lower.length]);
  }
  return spans;
}

/** The phrase at [start, end) lies inside someone else's words. */
export function isReported(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([from, to]) => start >= from && end <= to);
}

/** The text with someone else's words blanked out (same length, so places in it still match). */
export function withoutReported(text: string): string {
  const spans = reportedSpans(text);
  if (spans.length === 0) return text;
  let out = text;
  for (const [from, to] of spans) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  return out;
}
