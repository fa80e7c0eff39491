import { clausesOf, normaliseMessage } from './text';

/*
 * "no i meant nan goes with the cat one. the important one", "sorry nan was for the important one":
 * words said to go with an answer given before, pointed at by its words ("the cat one") or by what
 * was asked ("the important one"). A correction, never an answer to the question open now.
 */

export interface GoesWith {
  /** The words to put with that answer, as typed ("nan", "my nan"). */
  words: string;
  /** What points at the earlier answer: "cat", "important". */
  pointers: string[];
}

/** "no", "sorry", "oops i meant", "no i was saying": how a correction begins. */
const LEAD = /^(?:(?:no+|nah|nope|sorry|soz|oops|wait|hang on|hold on|um+|erm|oh|ah|actually)\s+)+(?:i\s+(?:meant|ment|mean|was\s+saying|was\s+on\s+about|was\s+talking\s+about)\s+(?:that\s+)?)?|^i\s+(?:meant|ment|was\s+saying)\s+(?:that\s+)?/;

/** "the cat one", "the important bit", "the question before". */
const POINTER = String.raw`(?:the\s+|my\s+|that\s+)?(?<pointer>[a-z0-9]+(?:\s+[a-z0-9]+){0,2}?)\s+(?:one|bit|answer|question|part)`;

/** "nan goes with the cat one", "nan was for the important one", "my nan should be in the important bit". */
const GOES_WITH = new RegExp(
  String.raw`^(?<words>[a-z0-9]+(?:\s+[a-z0-9]+){0,5}?)\s+(?:goes|go|belongs|should\s+go|should\s+be|is|was|were|is\s+meant|was\s+meant)\s+(?:with|for|in|to|under)\s+${POINTER}$`,
);

/** A sentence that only points: "the important one". */
const ONLY_POINTS = new RegExp(String.raw`^${POINTER}$`);

/** Words that point at nothing of their own. */
const EMPTY = /^(?:that|this|it|other|last|first|same)$/;

/** Sentences, each in the plain words the patterns here are written for. */
function saidSentences(text: string): string[] {
  return clausesOf(text)
    .map((s) => normaliseMessage(s))
    .filter(Boolean);
}

/** The words and what they are said to go with; null when the message says no such thing. */
export function readGoesWith(text: string): GoesWith | null {
  if (text.length > 200) return null;
  const [first, ...rest] = saidSentences(text);
  if (!first || !LEAD.test(first)) return null;
  const said = GOES_WITH.exec(first.replace(LEAD, '').trim());
  if (!said?.groups?.words || EMPTY.test(said.groups.words)) return null;
  const pointers = [said.groups.pointer!];
  for (const sentence of rest) {
    const also = ONLY_POINTS.exec(sentence);
    if (!also) return null;
    pointers.push(also.groups!.pointer!);
  }
  return { words: said.groups.words, pointers: pointers.filter((p) => !EMPTY.test(p)) };
}

/** "no i meant the cat one", "sorry that was for the important one": a correction that points at an earlier answer. */
const POINTS_BACK = new RegExp(
  String.raw`^(?:(?:no+|nah|nope|sorry|soz|oops|wait)\s+)+(?:i\s+(?:meant|ment|mean|was\s+saying)|(?:that|it)\s+(?:was|is)\s+(?:meant\s+)?(?:for|about)|thats\s+(?:for|about))\b.*\b(?:the\s+(?:[a-z0-9]+\s+){0,2}(?:one|bit|answer|question)|goes\s+with|go\s+with|belongs\s+(?:with|to))\b`,
);

/** True when the message puts an earlier answer right by pointing at it. */
export function pointsAtAnEarlierAnswer(text: string): boolean {
  return readGoesWith(text) !== null || POINTS_BACK.test(normaliseMessage(text));
}
