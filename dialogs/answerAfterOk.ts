import { concernByRules, detectConcern, type Concern } from '../src/language';
import { tellsOfControlAside } from '../src/language/controlAside';
import { toldOfMateCrime } from '../src/language/mateCrime';
import { answerBesideHint } from '../src/language/answerBesideHint';
import { hopeBesideHint } from '../src/language/hopeBesideHint';
import { Step } from './ids';
import { answerBesideWithNoWorry, asksWhatHelps } from './whatHelpsAsked';

/*
 * What is kept of a message the gentle check interrupted, once they say they are OK (moved out of gentleCheckDialog.ts
 * to keep that module small).
 */

/** "people need to ...", "it helps when ...": what others should do, an answer about support, never a feeling alone. */
const SAYS_HOW_TO_HELP = /\b(?:(?:people|they|everyone|adults|teachers?|staff|you)\s+(?:need|needs|should|have|has|must)\s+to|it\s+helps\s+(?:when|if|me)|i\s+need\s+(?:people|them|adults|teachers|staff)\s+to)\b/;

/** The questions asking for a hope: after "I'm OK", the hope said before the worry answers them. */
const HOPE_QUESTIONS: ReadonlySet<string> = new Set([Step.hopesDream, Step.hopesMore]);

/** What the first reading of the worrying message found, kept with the check so it is never read again. */
export interface FirstReading {
  sure: boolean;
  selfHarm: boolean;
}

/** The check's note of the first reading; an older check kept no note, and its message is read now. */
export function firstReadingOf(data: Record<string, string>, message: string): FirstReading {
  if (data.read === '1') return { sure: data.sure === '1', selfHarm: data.selfHarm === '1' };
  const read = detectConcern(message);
  return { sure: Boolean(read.sure), selfHarm: read.category === 'self_harm_or_suicide' || read.likely === 'self_harm_or_suicide' };
}

/** The first reading as the check keeps it in its notes (strings only). */
export const readingNotes = (reading: Concern | undefined): Record<string, string> =>
  reading
    ? { read: '1', ...(reading.sure ? { sure: '1' } : {}), ...(reading.category === 'self_harm_or_suicide' || reading.likely === 'self_harm_or_suicide' ? { selfHarm: '1' } : {}) }
    : {};

/**
 * After "I'm OK", an answer the check interrupted at a question wanting their own words ("i wear hearing aids so
 * people need to look at me ...") is kept, and the journey moves on: the words beside the worry when it was told
 * apart, else the whole message when no rule reads harm in it and it says enough to be an answer. A bare feeling
 * ("i hate myself", "i dont see the point in anything anymore") or a rule-backed worry is never kept: the question is asked again.
 * With a hint of self-harm, only how others can help is kept, never the words that hold the hint
 * ("people need to give me space", not "... when i feel like theres no point in anything").
 */
export function answerAfterOk(message: string, first: FirstReading, step: string | undefined): string | undefined {
  // Words heard as a worry are never help they get: "what helps?" is asked again.
  // Nor are money or food going to "mates" ("my money runs out quick tho lol. they ate all the food"): a sign, no part of it a hope.
  // Only the aside ("... without craig knowing tbh", "... if my boyfriend lets me") was the worry: the help beside it is theirs.
  const helpBesideAside = asksWhatHelps(step) && tellsOfControlAside(message, true) ? answerBesideWithNoWorry(message)?.replace(/[\s.]+$/, '') : undefined;
  if (helpBesideAside) return helpBesideAside;
  if (asksWhatHelps(step) || toldOfMateCrime(message)) return undefined;
  const apart = answerBesideWithNoWorry(message);
  if (apart) return apart;
  // At a hopes question, the hope said before the worry ("work with animals, some days i ...") is kept, never the rest:
  // only a part with no rule and no worry of its own, even when a rule the classifier doubted read the whole.
  if (step !== undefined && HOPE_QUESTIONS.has(step) && !first.sure) {
    const hope = hopeBesideHint(message);
    if (hope) return hope;
  }
  const words = (message.match(/\p{L}+/gu) ?? []).length;
  // A short message is the feeling itself ("I've had enough of everything").
  if (words < 8 || concernByRules(message) || first.sure) return undefined;
  if (!first.selfHarm) return message;
  // A hint of self-harm is never plan words: what is left beside it is kept only when it says how to help.
  const kept = answerBesideHint(message);
  return kept && SAYS_HOW_TO_HELP.test(kept.toLowerCase()) ? kept : undefined;
}
