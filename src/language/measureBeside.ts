import type { CoachContext } from './coaching';
import { timeInPiece } from './dateOnly';
import { waitsToSee } from './benefitNotMeasure';

/*
 * "by june 2027. teacher write in his home folder every day": the date and how everyone will know,
 * said in one answer to "by when?". The words beside the date are kept for the measure, so it is
 * not asked as if nothing was said; "same, I tell you already" at the measure means those words.
 */

/** Words that say how anyone would know: someone sees, tells, writes or counts something. */
const MEASURE_CUE =
  /\b(?:know|knows|see|sees|seen|saw|tell|tells|told|notice|notices|show|shows|write|writes|wrote|written|report|reports|record|records|folder|book|diary|chart|log|note|notes|message|messages|sticker|stickers|points|score|tick|ticks|count|counts|less|fewer|no more|every day|each day|every week|each week|home school|teacher says|school says)\b/i;

const MAX_CHARS = 400;

/** The pieces of an answer: sentences, clauses after a comma, and what follows "and", "because" or "so". */
function piecesOf(text: string): string[] {
  return text
    .slice(0, MAX_CHARS)
    .split(/[.;!?\n…]+|,\s*|\s+-\s+|\s+(?:and|because|cos|coz|so)\s+/i)
    .map((p) => p.trim())
    .filter((p) => /[a-z]/i.test(p));
}

/** Only a time, or talk around it ("i think this year", "maybe summer"). */
function isTimePiece(piece: string, context: CoachContext): boolean {
  return timeInPiece(piece, context) !== null;
}

interface TimeAndMeasure {
  /** The pieces that say when. */
  when: string;
  /** The words beside the time, as said ('' when none). */
  beside: string;
  /** The words beside the time say how anyone would know. */
  isMeasure: boolean;
}

/**
 * "depends when we get seen at the enuresis clinic", "well dry every night might be asking a lot",
 * "we'll see", "fingers crossed", "if we're lucky": said about whether or when it can happen.
 */
const REMARK_ON_THE_TIME =
  /^(?:(?:well|but|though|tho|and|i mean|i think|i guess|obviously)\s+)*(?:(?:it|that|this|all)\s+)?(?:depends|depending|dependent)\b|\b(?:might|may|would|could|is|its|it s|thats|that s)\s+(?:be\s+)?(?:asking\s+(?:a\s+lot|too\s+much)|pushing\s+it|a\s+(?:big\s+)?ask|a\s+stretch|unrealistic|too\s+soon|wishful\s+thinking)\b|^(?:(?:well|but|and)\s+)*(?:we(?:\s+wi)?ll\s+see|we\s+will\s+see|fingers\s+crossed|hopefully|if\s+(?:we|were|we\s+are|we\s+re)\s+lucky|who\s+knows|time\s+will\s+tell)\b/i;

function isRemarkOnTheTime(piece: string): boolean {
  return REMARK_ON_THE_TIME.test(piece.replace(/['’]/g, ' ').replace(/\s+/g, ' ').trim());
}

/** A "by when?" answer split into its time and what was said beside it; null when no piece is a time. */
export function timeAndBeside(text: string, context: CoachContext): TimeAndMeasure | null {
  const pieces = piecesOf(text);
  if (pieces.length < 2) return null;
  const timed = pieces.map((p) => isTimePiece(p, context));
  if (!timed.some(Boolean) || timed.every(Boolean)) return null;
  // The words beside the time as typed: the time pieces cut out of the answer, with their joining words.
  let beside = text.slice(0, MAX_CHARS);
  pieces.forEach((p, i) => {
    if (timed[i]) beside = beside.replace(p, ' ');
  });
  beside = beside
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?…-]*(?:(?:and|because|cos|coz|so)\b[\s,]*)?/i, '')
    .replace(/[\s.,;:!?…-]+$/, '')
    .trim();
  const words = beside.split(/\s+/).filter(Boolean).length;
  // "depends when we get seen at the clinic", "might be asking a lot": a remark on the time, never how anyone will know.
  // A remark's clause is a remark to its end: "it depends on the waiting list and when we get seen".
  const remarks = text.slice(0, MAX_CHARS).split(/[.;!?\n…]+|,\s*/).map((c) => c.trim()).filter(isRemarkOnTheTime);
  const told = pieces.filter((p, i) => !timed[i] && !isRemarkOnTheTime(p) && !remarks.some((r) => r.includes(p))).join(' ');
  return { when: pieces.filter((_, i) => timed[i]).join(', '), beside, isMeasure: words >= 2 && MEASURE_CUE.test(told) };
}

/**
 * "if i go every week and the boss says im doing good": how anyone would know, said on its own
 * (at least three words, one of them a sign of someone seeing, telling, writing or counting).
 */
export function saysHowToKnow(text: string): boolean {
  const said = text.trim();
  return said.length <= MAX_CHARS && said.split(/\s+/).length >= 3 && MEASURE_CUE.test(said) && !waitsToSee(said);
}

/** "same", "as i said", "i tell you already", "like i said before": the answer points at what was said. */
const POINTS_BACK =
  /\b(?:same(?:\s+as\s+(?:before|i\s+said|above|i\s+told\s+(?:you|u)|what\s+i\s+said))?|as\s+i\s+(?:said|say|told\s+(?:you|u)|tell\s+(?:you|u))|like\s+i\s+(?:said|say|told\s+(?:you|u))|i\s+(?:already\s+)?(?:said|say|told|tell|wrote|write|answered)\s+(?:(?:you|u)\s+)?(?:this\s+|that\s+|it\s+)?(?:already|before|above|earlier)|(?:already|i)\s+(?:said|told\s+(?:you|u))|i\s+(?:have\s+)?already\s+(?:said|say|told|tell|wrote|write|answered|gave|give)\b|see\s+above|what\s+i\s+(?:said|wrote)\s+(?:before|above|already)|that'?s\s+how\s+(?:they|you|u|we|people|everyone|ppl|others|he|she|mum|dad)\s*(?:'?d|would|will|'?ll|can|could)?\s+know)\b/i;

/**
 * The new words said beside a pointer back ("folder"), or null when the answer does not point back.
 * `sentences` keeps the other sentences whole, as typed ("thats how they'd know?? i play the whole
 * song and theres a video of it"), for when there is nothing earlier the pointer could mean.
 */
export function pointsBack(text: string): { rest: string; sentences: string } | null {
  if (text.length > 200 || !POINTS_BACK.test(text)) return null;
  const rest = piecesOf(text)
    .filter((p) => !POINTS_BACK.test(p) && !/^(?:yes|yeah|ok|okay|no|so|again|please|pls)$/i.test(p))
    .join(', ');
  const sentences = (text.match(/[^.!?;\n]+[.!?;\n]*/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s && !POINTS_BACK.test(s))
    .join(' ')
    .replace(/[\s.;!?]+$/, '')
    .trim();
  return { rest, sentences };
}
