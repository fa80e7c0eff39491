import { readOnce } from './recentReadings';
import { foldCase } from './text';

export type YesNo = 'yes' | 'no' | 'notSure';

/**
 * Leading answers, longest first within each group. `alone` ones count only when nothing else
 * follows ("right", "k", "go on"), so "right now I ..." or "go on holiday" stay content.
 */
interface Lead {
  re: string;
  answer: YesNo;
  alone?: boolean;
}

const LEADS: readonly Lead[] = [
  // a hedged yes ("I suppose so", "guess so") agrees; "I suppose" alone stays unsure
  { re: '(?:i\\s+)?(?:suppose|spose|guess)\\s+so', answer: 'yes' },
  // not sure
  { re: "(?:i'?m|i\\s+am|im)?\\s*not\\s+(?:really\\s+|too\\s+|so\\s+|that\\s+)?sure", answer: 'notSure' },
  { re: "i\\s+(?:don'?t|do\\s+not|dont|dnt)\\s+(?:really\\s+)?(?:know|no|kno|knw)", answer: 'notSure' },
  { re: "(?:don'?t|dont|dnt)\\s+(?:know|no|kno|knw)", answer: 'notSure' },
  { re: 'i\\s+dunno|dunno|duno|idk|idek|no\\s+idea|no\\s+clue|not\\s+a\\s+clue|unsure|maybe|mayb|mebbe|perhaps|possibly|probably|prob|kind\\s+of|kinda|sort\\s+of|sorta|i\\s+guess|i\\s+suppose|depends|it\\s+depends|might|could\\s+be', answer: 'notSure' },
  // no
  { re: "no+\\s+thank(?:s|\\s+you|\\s+u)|no\\s+ta|nope|nah+|naw|no+pe|n[o']?t\\s+(?:really|realy|rly|rlly|relly|rli)|not\\s+now|not\\s+at\\s+the\\s+moment|not\\s+yet|no\\s+more|nothing\\s+else|(?:that'?s|thats)\\s+(?:all|it|everything)(?!\\s+(?:correct|right|good|fine|ok|okay|true|perfect|great|lovely|spot))|i'?m\\s+done|im\\s+done|i'?m\\s+finished|i\\s+(?:don'?t|dont)\\s+think\\s+so|don'?t\\s+think\\s+so|no\\s+way|never|negative", answer: 'no' },
  { re: 'no+', answer: 'no' },
  { re: 'nothing|none|done|finished|n|👎|🙅|❌', answer: 'no', alone: true },
  // yes
  { re: "y+e+s+\\s+please|yes\\s+pls|yes\\s+plz|y+e+s+|yess+|yeah+|yea+h*|yeh+|yep+|yup+|yah|yas+|ya|ye|yh|aye|sure|of\\s+course|ofc|definitely|defo|deffo|absolutely|certainly|ok(?:ay)?|okey|alright|all\\s+right", answer: 'yes' },
  { re: "y|k|kk|right|that'?s\\s+right|thats\\s+right|correct|true|go\\s+on|go\\s+on\\s+then|i\\s+do|i\\s+think\\s+so|i\\s+would|uh\\s+huh|mhm+|👍|✅|👌|🙂|😀|😊", answer: 'yes', alone: true },
];

const SEP = "(?=$|[\\s,.!?;:)\\-–—…]|\\p{Extended_Pictographic})";
const LEAD_RES = LEADS.map((l) => ({ ...l, rx: new RegExp(`^\\s*(?:${l.re})${SEP}`, 'u') }));
/** What may follow an answer and still be just the answer. */
const FILLER =
  /^(?:[\s,.!?;:)\-–—…]|please|pls|plz|thanks|thank\s+you|thank\s+u|ta|mate|lol|tbh|innit|then|i\s+think|i\s+guess|really|too|again|\p{Extended_Pictographic}|\uFE0F)*$/iu;
/** "hmm", "erm", "well": hesitation before an answer, or on its own a "not sure". */
const HESITATION = /^\s*(?:(?:h+m+|u+m+|e+r+m*|well|oh|ah+|uh+(?!\s+huh))(?=$|[\s,.!?;:…])[\s,.!?;:…]*)+/i;
/** "no" followed by these is the start of a sentence ("no one talks to me"), not an answer. */
const NO_AS_WORD = /^\s*no\s+(?:one|body|where|longer|matter|friends?|one'?s|point|chance\s+of|idea\s+(?:how|what|why)|reason|money|time\s+to)\b/i;

/**
 * Splits "yeah, learn to drive" into the answer ("yes") and what came with it ("learn to drive").
 * A message with no leading answer has answer null and all of it as `rest`.
 */
export const splitYesWithContent = readOnce(splitYesWithContentAfresh);
function splitYesWithContentAfresh(text: string): { answer: YesNo | null; rest: string } {
  const lower = foldCase(text);
  if (NO_AS_WORD.test(lower)) return { answer: null, rest: text.trim() };
  let answer: YesNo | null = null;
  const hesitation = HESITATION.exec(lower);
  let offset = hesitation ? hesitation[0].length : 0;
  if (hesitation && FILLER.test(lower.slice(offset))) return { answer: 'notSure', rest: '' };
  // "yeah sure", "ok yes", "no no": repeated answers are one answer; the first kind wins.
  for (let guard = 0; guard < 4; guard++) {
    const remaining = lower.slice(offset);
    const hit = LEAD_RES.find((l) => {
      const m = l.rx.exec(remaining);
      if (!m) return false;
      if (l.alone) return FILLER.test(remaining.slice(m[0].length));
      return true;
    });
    if (!hit) break;
    const m = hit.rx.exec(remaining) as RegExpExecArray;
    // "yeah I don't know where to go": a second answer of another kind starts the person's words.
    if (answer !== null && hit.answer !== answer && !FILLER.test(remaining.slice(m[0].length))) break;
    answer ??= hit.answer;
    offset += m[0].length;
    const sep = /^[\s,.!?;:)\-–—…]*/u.exec(lower.slice(offset));
    offset += sep ? sep[0].length : 0;
  }
  if (answer === null) return { answer: null, rest: text.trim() };
  const rest = text.slice(offset).trim();
  return { answer, rest: FILLER.test(rest) ? '' : rest };
}

/**
 * yes / no / not sure for a yes-no question, tolerant of text-speak ("yh", "nah", "idk"); null when
 * the message does not start with an answer. A message with content after the answer still gives
 * the answer; use splitYesWithContent for the content.
 */
export function recogniseYesNo(text: string): YesNo | null {
  return splitYesWithContent(text).answer;
}
