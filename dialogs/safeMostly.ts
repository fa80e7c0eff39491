import type { Draft } from '../src/domain/draft';
import { foldCase } from '../src/language/text';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import type { Choice, Question } from './say';
import type { Next } from './stageDialog';

/*
 * "ye mostly", "most of the time", "usually" to "Do you feel safe?": not a plain yes. One soft
 * question follows, "Is there a place or a time when you don't feel safe?". "no, im ok" is a yes
 * and moves on; "sometimes at school" or "yeah online" is heard as "not always" (the safeguarding
 * answer and a flag); "rather not say" is respected. Nothing is asked a third time.
 */

/** Position note at the safety question: the soft question after "mostly" is open. */
export const MOSTLY_ASKED = 'mostly';

export const MostlyText = {
  ask: { self: 'aboutMe:safe.mostlyAsk', child: 'aboutMe:safe.mostlyAskChild', yourChild: 'aboutMe:safe.mostlyAskYourChild' } satisfies WhomKeys,
  no: 'aboutMe:safe.mostlyNo',
  sometimes: 'aboutMe:safe.mostlySometimes',
  ratherNotSay: 'aboutMe:safe.ratherNotSay',
} as const;

export const MostlyAnswer = { ok: 'ok', sometimes: 'sometimes', ratherNotSay: 'ratherNotSay' } as const;
type MostlyAnswer = (typeof MostlyAnswer)[keyof typeof MostlyAnswer];

const MOSTLY_CHOICES: readonly Choice[] = [
  { value: MostlyAnswer.ok, labelKey: MostlyText.no },
  { value: MostlyAnswer.sometimes, labelKey: MostlyText.sometimes },
  { value: MostlyAnswer.ratherNotSay, labelKey: MostlyText.ratherNotSay },
];

const RATHER_NOT = /\b(?:rather\s+not|prefer\s+not|(?:dont|do\s+not|dont\s+really)\s+want\s+to\s+(?:say|talk|answer)|not\s+saying|(?:none\s+of|not)\s+your\s+business|pass|private)\b/;
/** "no", "not really", "nowhere", "im ok", "its fine", "cant think of any": no place, no time. */
const NONE =
  /^(?:(?:um+|erm|well|hmm+|honestly|tbh)\s+)*(?:no+|nope|nah+|na|not\s+really|no\s+not\s+really|nothing|none|nowhere|no\s+where|no\s+one|nobody|not\s+that\s+i\s+(?:can\s+think\s+of|know)|(?:i\s+)?cant\s+think\s+of\s+(?:any|one|anything|anywhere)|(?:i\s+)?dont\s+think\s+so|(?:im|i\s+am|i\s+feel)\s+(?:ok|okay|fine|good|alright|safe)|(?:its|it\s+is|thats)\s+(?:fine|ok|okay|all\s+good|alright)|all\s+good|fine|ok|okay|alright)\b/;
/** A place, a time or a person named, or a yes: there is somewhere they do not feel safe. */
const SOMETIMES =
  /\b(?:yes|yeah+|yeh|yea|ye|yep|yup|yh|sometimes|sumtimes|somtimes|kind\s+of|kinda|sort\s+of|a\s+bit|a\s+little|at\s+times|now\s+and\s+then|school|college|home|online|internet|bus|park|street|town|outside|night|dark|when|if|people|someone|some\s+people|kids|boys|girls|dad|mum|brother|sister|teacher|not\s+(?:safe|always))\b/;
/** Words that take back a "no": "no but at school sometimes". */
const BUT = /\b(?:but|except|apart\s+from|only|unless)\b/;

/** What an answer to the soft question means; undefined when it cannot be told. */
export function readMostly(text: string): MostlyAnswer | undefined {
  const said = foldCase(text).replace(/'/g, '').replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!said) return undefined;
  const tapped = MOSTLY_CHOICES.find((c) => c.value === said);
  if (tapped) return tapped.value as MostlyAnswer;
  if (RATHER_NOT.test(said)) return MostlyAnswer.ratherNotSay;
  if (NONE.test(said) && !BUT.test(said)) return MostlyAnswer.ok;
  if (SOMETIMES.test(said)) return MostlyAnswer.sometimes;
  return undefined;
}

/** "Is there a place or a time when you don't feel safe?", with its three answers. */
export function mostlyQuestion(draft: Draft | undefined, understand: (text: string) => string | undefined): Question {
  return { step: Step.aboutMeSafe, words: wordsFor(draft, MostlyText.ask), choices: MOSTLY_CHOICES, understand };
}

/** The soft question is asked once, after "mostly". */
export function askMostly(position: Position): Next {
  return { goTo: { step: Step.aboutMeSafe, data: { ...(position.data ?? {}), [MOSTLY_ASKED]: 'yes' } } };
}
