import type { Draft } from '../src/domain/draft';
import { safetyPlacesOf } from '../src/domain/lifeStage';
import { readSafeFollowUp, SafeFollowUpAnswer, saysAWish } from '../src/language/safeFollowUp';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import type { Choice, Question, Words } from './say';
import type { Next } from './stageDialog';

/*
 * One soft question after a safety answer that was not a plain yes. After "ye mostly": "Is there a
 * place or a time when you don't feel safe?". After a need said beside a yes: "Does anyone or
 * anything make you feel unsafe?". Nowhere and nothing moves on with a kind word; somewhere or
 * something is "not always" (the safeguarding answer and a flag); "rather not say" is respected.
 * A reply it cannot read is asked once more, then taken as "rather not say": never a third time.
 */

/** Position note at the safety question: the follow-up is open, and what it follows. */
export const FOLLOW_UP = 'followUp';

export const FollowUpAfter = { mostly: 'mostly', need: 'need' } as const;
export type FollowUpAfter = (typeof FollowUpAfter)[keyof typeof FollowUpAfter];

export const FollowUpText = {
  ask: {
    mostly: { self: 'aboutMe:safe.mostlyAsk', child: 'aboutMe:safe.mostlyAskChild', yourChild: 'aboutMe:safe.mostlyAskYourChild' },
    need: { self: 'aboutMe:safe.unsafeCheck', child: 'aboutMe:safe.unsafeCheckChild', yourChild: 'aboutMe:safe.unsafeCheckYourChild' },
  } satisfies Record<FollowUpAfter, WhomKeys>,
  none: { mostly: 'aboutMe:safe.mostlyNo', need: 'aboutMe:safe.checkNo' } satisfies Record<FollowUpAfter, string>,
  some: { mostly: 'aboutMe:safe.mostlySometimes', need: 'aboutMe:safe.checkYes' } satisfies Record<FollowUpAfter, string>,
  ratherNotSay: 'aboutMe:safe.ratherNotSay',
  notUnderstood: 'aboutMe:safe.followUpNotUnderstood',
  /** A hope said again here: hopes come soon, and the question still stands. */
  wish: 'aboutMe:safe.followUpWish',
  safeEnough: { self: 'aboutMe:safe.mostly', child: 'aboutMe:safe.mostlyChild', yourChild: 'aboutMe:safe.mostlyYourChild' } satisfies WhomKeys,
  safeEnoughNotSchool: { self: 'aboutMe:safe.mostly', child: 'aboutMe:safe.mostlyChildNotSchool', yourChild: 'aboutMe:safe.mostlyYourChildNotSchool' } satisfies WhomKeys,
  ratherNotSayThanks: { self: 'aboutMe:safe.ratherNotSayThanks', child: 'aboutMe:safe.ratherNotSayThanksChild', yourChild: 'aboutMe:safe.ratherNotSayThanksYourChild' } satisfies WhomKeys,
  ratherNotSayThanksNotSchool: {
    self: 'aboutMe:safe.ratherNotSayThanks',
    child: 'aboutMe:safe.ratherNotSayThanksChildNotSchool',
    yourChild: 'aboutMe:safe.ratherNotSayThanksYourChildNotSchool',
  } satisfies WhomKeys,
} as const;

/** A reply that names school (or its safeguarding lead) only to someone who is at school. */
export function atSchool(draft: Draft | undefined): boolean {
  return safetyPlacesOf(draft?.youngPerson) === 'school';
}

/** "That's OK. You don't have to say.", with where to turn that fits who is answering. */
export function ratherNotSayThanks(draft: Draft | undefined): Words {
  return wordsFor(draft, atSchool(draft) ? FollowUpText.ratherNotSayThanks : FollowUpText.ratherNotSayThanksNotSchool);
}

/** Nowhere and nothing: a light, kind word about whom to tell if that changes. */
function safeEnough(draft: Draft | undefined): Words {
  return wordsFor(draft, atSchool(draft) ? FollowUpText.safeEnough : FollowUpText.safeEnoughNotSchool);
}

/** The follow-up open at the safety question, if any, by what it follows. */
export function openFollowUp(position: Position): FollowUpAfter | undefined {
  const after = position.data?.[FOLLOW_UP];
  return after === FollowUpAfter.mostly || after === FollowUpAfter.need ? after : undefined;
}

/** The follow-up is asked once, after what it follows; `say` comes before it. */
export function askFollowUp(after: FollowUpAfter, say: Words[] = []): Next {
  return { say, goTo: { step: Step.aboutMeSafe, data: { [FOLLOW_UP]: after } } };
}

/** The open follow-up, in the words that fit what it follows, with its three answers. */
export function followUpQuestion(draft: Draft | undefined, position: Position): Question {
  const after = openFollowUp(position) ?? FollowUpAfter.mostly;
  const choices: readonly Choice[] = [
    { value: SafeFollowUpAnswer.none, labelKey: FollowUpText.none[after] },
    { value: SafeFollowUpAnswer.some, labelKey: FollowUpText.some[after] },
    { value: SafeFollowUpAnswer.ratherNotSay, labelKey: FollowUpText.ratherNotSay },
  ];
  return { step: Step.aboutMeSafe, words: wordsFor(draft, FollowUpText.ask[after]), choices, understand: readSafeFollowUp };
}

/** The answer to the follow-up, whichever it follows. */
export function readFollowUpAnswer(draft: Draft | undefined, position: Position, text: string): Next {
  switch (readSafeFollowUp(text)) {
    case SafeFollowUpAnswer.none:
      return { say: [safeEnough(draft)] };
    case SafeFollowUpAnswer.some:
      return { safeguarding: 'other' };
    case SafeFollowUpAnswer.ratherNotSay:
      return { say: [ratherNotSayThanks(draft)] };
    default: {
      const misses = Number(position.data?.misses ?? '0') + 1;
      if (misses >= 2) return { say: [ratherNotSayThanks(draft)] };
      return { say: [{ key: saysAWish(text) ? FollowUpText.wish : FollowUpText.notUnderstood }], goTo: { step: Step.aboutMeSafe, data: { ...(position.data ?? {}), misses: String(misses) } } };
    }
  }
}
