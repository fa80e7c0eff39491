import type { Draft } from '../src/domain/draft';
import { safetyPlacesOf } from '../src/domain/lifeStage';
import { readSafeFollowUp, SafeFollowUpAnswer, saysAWish } from '../src/language/safeFollowUp';
import { placeOrTimeOnly, saysHarmOrFear, type PlaceOrTime, type SafePlace } from '../src/language/placeOrTimeOnly';
import { normaliseMessage } from '../src/language/text';
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

/**
 * `place`: after a place or a time named alone at the "mostly" follow-up, "Does anyone there hurt you...?" once.
 * `alone`: after home alone while a parent works, said as fine by someone of 16 or over, "Is there anything about being on your own that worries you?".
 */
/** `copes`: "i can handle myself"; `literal`: "yes. the door has a lock" (safeHedged.ts). */
export const FollowUpAfter = { mostly: 'mostly', need: 'need', place: 'place', alone: 'alone', copes: 'copes', literal: 'literal' } as const;
export type FollowUpAfter = (typeof FollowUpAfter)[keyof typeof FollowUpAfter];

export const FollowUpText = {
  ask: {
    mostly: { self: 'aboutMe:safe.mostlyAsk', child: 'aboutMe:safe.mostlyAskChild', yourChild: 'aboutMe:safe.mostlyAskYourChild' },
    need: { self: 'aboutMe:safe.unsafeCheck', child: 'aboutMe:safe.unsafeCheckChild', yourChild: 'aboutMe:safe.unsafeCheckYourChild' },
    place: { self: 'aboutMe:safe.placeAsk', child: 'aboutMe:safe.placeAskChild', yourChild: 'aboutMe:safe.placeAskYourChild' },
    alone: { self: 'aboutMe:safe.aloneAsk', child: 'aboutMe:safe.aloneAskChild', yourChild: 'aboutMe:safe.aloneAskYourChild' },
    copes: { self: 'aboutMe:safe.copesAsk', child: 'aboutMe:safe.copesAskChild', yourChild: 'aboutMe:safe.copesAskYourChild' },
    literal: { self: 'aboutMe:safe.literalAsk', child: 'aboutMe:safe.literalAskChild', yourChild: 'aboutMe:safe.literalAskYourChild' },
  } satisfies Record<FollowUpAfter, WhomKeys>,
  none: { mostly: 'aboutMe:safe.mostlyNo', need: 'aboutMe:safe.checkNo', place: 'aboutMe:safe.checkNo', alone: 'aboutMe:safe.checkNo', copes: 'aboutMe:safe.checkNo', literal: 'aboutMe:safe.checkNo' } satisfies Record<FollowUpAfter, string>,
  some: { mostly: 'aboutMe:safe.mostlySometimes', need: 'aboutMe:safe.checkYes', place: 'aboutMe:safe.checkYes', alone: 'aboutMe:safe.checkYes', copes: 'aboutMe:safe.checkYes', literal: 'aboutMe:safe.checkYes' } satisfies Record<FollowUpAfter, string>,
  /** The place or time named back, by what was named: never a key built from its parts. */
  placeHeard: {
    bus: { day: 'aboutMe:safe.placeHeard.bus', night: 'aboutMe:safe.placeHeard.busNight' },
    train: { day: 'aboutMe:safe.placeHeard.train', night: 'aboutMe:safe.placeHeard.trainNight' },
    taxi: { day: 'aboutMe:safe.placeHeard.taxi', night: 'aboutMe:safe.placeHeard.taxiNight' },
    street: { day: 'aboutMe:safe.placeHeard.street', night: 'aboutMe:safe.placeHeard.streetNight' },
    park: { day: 'aboutMe:safe.placeHeard.park', night: 'aboutMe:safe.placeHeard.parkNight' },
    town: { day: 'aboutMe:safe.placeHeard.town', night: 'aboutMe:safe.placeHeard.townNight' },
  } satisfies Record<SafePlace, { day: string; night: string }>,
  nightHeard: 'aboutMe:safe.placeHeard.night',
  /** No harm said about the place: where to turn, once, and the chat moves on with no note. */
  placeSignpost: { self: 'aboutMe:safe.placeSignpost', child: 'aboutMe:safe.placeSignpostChild', yourChild: 'aboutMe:safe.placeSignpostYourChild' } satisfies WhomKeys,
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
  return (Object.values(FollowUpAfter) as readonly string[]).includes(after ?? '') ? (after as FollowUpAfter) : undefined;
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
  const after = openFollowUp(position);
  if (after === FollowUpAfter.place) return readPlaceAnswer(draft, text);
  switch (readSafeFollowUp(text)) {
    case SafeFollowUpAnswer.none:
      return { say: [safeEnough(draft)] };
    case SafeFollowUpAnswer.some: {
      // "bus at nite sumtimes": a place or a time alone is named back and asked about once; the note waits for harm said.
      const named = after === FollowUpAfter.mostly ? placeOrTimeOnly(text) : undefined;
      if (named) return askFollowUp(FollowUpAfter.place, [placeHeard(named)]);
      return { safeguarding: 'other' };
    }
    case SafeFollowUpAnswer.ratherNotSay:
      return { say: [ratherNotSayThanks(draft)] };
    default: {
      const misses = Number(position.data?.misses ?? '0') + 1;
      if (misses >= 2) return { say: [ratherNotSayThanks(draft)] };
      return { say: [{ key: saysAWish(text) ? FollowUpText.wish : FollowUpText.notUnderstood }], goTo: { step: Step.aboutMeSafe, data: { ...(position.data ?? {}), misses: String(misses) } } };
    }
  }
}

/** "The bus at night. Thank you for telling me.": what they named, in a sentence of its own. */
function placeHeard(named: PlaceOrTime): Words {
  if (!named.place) return { key: FollowUpText.nightHeard };
  const keys = FollowUpText.placeHeard[named.place];
  return { key: named.night ? keys.night : keys.day };
}

/** A yes, or someone there: "yeah sometimes", "some boys", "a man". */
const SOMEONE_THERE =
  /\b(?:yes|yeah+|yeh|yea|ye|yep|yup|yh|sometimes|sumtimes|somtimes|maybe|kind\s+of|kinda|a\s+bit|someone|somebody|some1|people|man|men|woman|women|lads|boys|girls|kids|gang|they|he|she|them|him|her)\b/;

/**
 * The answer to "Does anyone there hurt you, or make you feel scared?": a yes is harm said (the safeguarding
 * answer and a note); anything else hears where to turn, once, and the chat moves on. Harm told in words is
 * heard before this, as at every question.
 */
function readPlaceAnswer(draft: Draft | undefined, text: string): Next {
  const answer = readSafeFollowUp(text);
  // The place itself said again ("the bus is just busy") is no yes: only a yes, someone there, or harm or fear said.
  if (answer === SafeFollowUpAnswer.some && (SOMEONE_THERE.test(normaliseMessage(text)) || saysHarmOrFear(text))) return { safeguarding: 'other' };
  if (answer === SafeFollowUpAnswer.ratherNotSay) return { say: [ratherNotSayThanks(draft)] };
  return { say: [wordsFor(draft, FollowUpText.placeSignpost)] };
}
