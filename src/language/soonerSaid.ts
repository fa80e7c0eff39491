/*
 * "ye kinda but the job is sooner than sept i said asap" at an outcome read back: a half yes with the
 * time turned down as too late. It is never a plain yes: the date is asked for again.
 */

const SOONER =
  /\b(?:sooner|earlier|quicker|faster)\s+than\b|\b(?:i|we)\s+(?:said|wanted?|meant|need(?:ed)?)\s+(?:it\s+)?(?:asap|a\s*s\s*a\s*p|sooner|earlier|straight\s+away|right\s+away|as\s+soon\s+as\s+(?:possible|i\s+can))\b|\b(?:too\s+late|too\s+far\s+(?:off|away))\b/i;

/** Whether the reply says the time read back is too late ("sooner than sept", "i said asap"). */
export function saysTimeIsSooner(text: string): boolean {
  return SOONER.test(text.replace(/[’‘`]/g, "'"));
}
