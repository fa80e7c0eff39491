/*
 * "bus then sleep then done", "first the bus, then sleep, then im finished": at "which hope shall we work on?"
 * the person gives the order of the hopes to work on, and perhaps that the outcomes end after the last.
 * Only short names joined by "then" (or "after that", "->"); anything longer is read as before.
 */

/** "then done", "and then im finished", "then thats it": the outcomes end after the last one named. */
const ENDING = /(?:^|[\s,.;]+)(?:(?:and|n|&)\s+)?(?:then|after\s+that|->|>)\s+(?:(?:i'?m|im|i\s+am|we'?re|were|we\s+are)\s+)?(?:done|finished|finish|dun|stop|end|(?:that'?s|thats)\s+(?:it|all))[\s.!]*$/i;
/** Where one hope's name ends and the next begins. */
const THEN = /\s*[,;]?\s*(?:(?:and|n|&)\s+)?(?:then|after\s+that|next)\s+|\s*(?:->|>)\s*/i;
const FIRST = /^\s*(?:(?:ok|okay|um+|erm+)[\s,]+)?(?:first\s+|1st\s+|start\s+with\s+)?/i;
/** A hope's name said short: "bus", "the sleep one", "my cooking". */
const MAX_NAME_WORDS = 5;

export interface HopesOrder {
  /** The names, in the order said. */
  names: string[];
  /** "then done": the outcomes end once the last named has its outcome. */
  thenDone: boolean;
}

/** The hopes named in order, or null when the message is not a short "X then Y" order. */
export function hopesOrderSaid(text: string): HopesOrder | null {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'");
  const ending = ENDING.exec(said);
  const body = (ending ? said.slice(0, ending.index) : said).replace(FIRST, '').replace(/[\s.!]+$/, '');
  const names = body.split(THEN).map((n) => n.trim()).filter(Boolean);
  if (names.length === 0 || names.some((n) => n.split(/\s+/).length > MAX_NAME_WORDS)) return null;
  // One name is an order only with the ending said after it ("bus then done").
  if (names.length === 1 && !ending) return null;
  return { names, thenDone: ending !== null };
}

/**
 * "talking and toilet are more urgent for us", "toilet is the most important one", "can we do talking and
 * toilet first": the hopes to work on first, by their short names; null for anything else.
 */
const SAID_FIRST = new RegExp(
  String.raw`^(?:(?:ok|okay|well|but|so|honestly|tbh|actually|um+|erm+)[\s,]+)*(?:(?:can|could)\s+we\s+(?:do|start\s+with)\s+(?<asked>.+?)\s+first(?:\s+please)?|(?<said>.+?)\s+(?:(?:are|is|r)\s+(?:(?:much|way|a\s+lot|far|really|so)\s+)?(?:more\s+(?:urgent|important|pressing)|(?:the\s+)?(?:most\s+(?:urgent|important|pressing)|priority|priorities|biggest\s+(?:ones?|things?))(?:\s+ones?)?)|matters?\s+most)(?:\s+(?:for|to)\s+(?:us|me|him|her|them|our\s+family))?(?:\s+(?:right\s+now|now|at\s+the\s+moment|tbh|really))*)[\s.!]*$`,
  'i',
);
const MAX_FIRST = 3;

export function hopesSaidFirst(text: string): string[] | null {
  const said = SAID_FIRST.exec(text.trim().replace(/[\u2018\u2019]/g, "'"));
  const body = said?.groups?.asked ?? said?.groups?.said;
  if (!body) return null;
  const names = body.split(/\s*(?:,|\band\b|&|\+)\s*/i).map((n) => n.replace(/^(?:the|his|her|their|my)\s+/i, '').trim()).filter(Boolean);
  if (names.length === 0 || names.length > MAX_FIRST || names.some((n) => n.split(/\s+/).length > MAX_NAME_WORDS - 2)) return null;
  return names;
}
