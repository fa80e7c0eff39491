import { whoSeesWords } from './reviewAudience';
import { readPuzzledTalk, type OutcomePartAsked } from '../src/language/puzzledTalk';
import { readQuestionAsked } from '../src/language/questionAsked';
import { readChatTalk } from '../src/language';
import { whichPeopleWords } from './chatTalkReply';
import { hopeNamedBy, quoteOf } from '../src/language';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { ChatTalkText } from './chatTalkReply';
import { runCommand } from './commands';
import { Step } from './ids';
import { OWN_WORDS_STEPS } from './ownWordsSteps';
import { STOP_ASKED_AT } from './outcomeStop';
import { WHICH_PART } from './outcomeConfirmPart';
import { unfinishedOutcome } from './outcomeThread';
import { sayAll, type Words } from './say';
import { sessionOf } from './session';
import { answerQuestionBackKept } from './questionBackKept';
import { answerKeptWhat } from './keptWhatAsked';
import { whenAskedWords } from './whenAsked';
import { namedInKept } from '../src/language/namedInKept';

/*
 * Puzzlement, reactions, questions about a part, carrying on and stopping, typed short and misspelt
 * ("wot", "that sounds weerd", "wot did u put for how i feel", "nah carry on", "boring can we stop",
 * "does mr d see it"): answered, and the question asked again. None of it is ever kept.
 */

export const PuzzledText = {
  puzzled: 'common:puzzled.puzzled',
  reaction: 'common:puzzled.reaction',
  carryOn: 'common:puzzled.carryOn',
  partSaid: {
    doesForMe: 'common:puzzled.doesForMe',
    makesPossible: 'common:puzzled.makesPossible',
    measure: 'common:puzzled.measure',
    provision: 'common:puzzled.provision',
  },
  partNotSaid: {
    doesForMe: 'common:puzzled.doesForMeNotSaid',
    makesPossible: 'common:puzzled.makesPossibleNotSaid',
    measure: 'common:puzzled.measureNotSaid',
    provision: 'common:puzzled.provisionNotSaid',
  },
  /** "did you keep the OT and timer?": each thing named that the outcome holds, and each it does not. */
  namedKept: 'common:puzzled.namedKept',
  namedNotKept: 'common:puzzled.namedNotKept',
  /** "with which one. interviews or customers": either is fine, or both; nothing promises to ask the other later. */
  either: 'common:puzzled.either',
} as const;

/** Questions that ask about one thing: a "which part?" there is answered by what the question means. */
const ONE_THING_STEPS: ReadonlySet<string> = new Set([Step.needsBarrier, Step.needsHelps, Step.outcomeStep, Step.outcomeMeasure]);

/** The turn's result when the message was puzzlement or talk of this kind; undefined when it is for the question. */
export async function answerPuzzledTalk(inner: DialogContext, host: ChatHost, text: string, understood: boolean): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || at.stage === 'welcome') return undefined;
  // "you didnt answer what people": the question back kept as an answer is taken out, and explained.
  const unanswered = understood ? undefined : await answerQuestionBackKept(inner, host, text, OWN_WORDS_STEPS);
  if (unanswered) return unanswered;
  // "kept what. i didnt say what is important yet": what was kept is said, and taking it out offered.
  const keptWhat = understood ? undefined : await answerKeptWhat(inner, host, text, OWN_WORDS_STEPS);
  if (keptWhat) return keptWhat;
  // "whats the difference between this and the help bit?" asks about the question, not about a part said.
  const talk = readQuestionAsked(text) ? null : readPuzzledTalk(text);
  if (!talk) return answerQuestionAsked(inner, host, text, understood);
  const readBack = at.step === Step.outcomeConfirm;
  switch (talk.kind) {
    case 'whoSees':
      // At the review: who sees this plan as things stand (shared, a code, a worry told).
      await sayAll(inner.context, session.t, at.stage === 'review' ? await whoSeesWords(session, await session.draft(), at.step === Step.reviewDone) : [{ key: ChatTalkText.whoSees }]);
      return host.reprompt(inner);
    case 'whatAbout': {
      // "what about sleep and the telling teachers one?": kept hopes named, for the readers of a change of hope.
      const draft = await session.draft();
      const needsOf = (id: string) => draft?.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text) ?? [];
      const named = draft ? hopeNamedBy(talk.thing, draft.aspirations, needsOf) : undefined;
      const pointsAtAHope = /\b(?:ones?|hopes?|dreams?|goals?)\b/i.test(talk.thing);
      if (pointsAtAHope && (named?.hope || (named?.candidates.length ?? 0) > 1)) return undefined;
      // "what about the OT and the timer tho", at an outcome that holds them: yes for each one kept, never "not kept yet".
      const kept = await namedThingsSaid(session, at, talk.thing, 'all');
      if (kept) {
        await sayAll(inner.context, session.t, kept);
        return host.reprompt(inner);
      }
      await sayAll(inner.context, session.t, [{ key: ChatTalkText.whatAbout, vars: { thing: quoteOf(talk.thing) } }]);
      return host.reprompt(inner);
    }
    case 'carryOn':
      if (understood) return undefined;
      await sayAll(inner.context, session.t, [{ key: PuzzledText.carryOn }]);
      return host.reprompt(inner);
    case 'stop':
      // "boring can we stop" is read as "can we stop" is, at every question.
      if (at.stage === 'outcomes' && STOP_ASKED_AT.includes(at.step)) {
        inner.context.activity.text = talk.rest;
        return undefined;
      }
      return host.after(inner, await runCommand(inner, session, 'stop'));
    case 'part': {
      // "did you keep the help bit, the OT and timer?": each thing named is looked for in that part.
      const named = await namedThingsSaid(session, at, text, talk.part);
      const said = named ?? (await partSaid(session, at, talk.part));
      if (!said) return undefined;
      await sayAll(inner.context, session.t, Array.isArray(said) ? said : [said]);
      return host.reprompt(inner);
    }
    case 'reaction':
      if (!readBack || at.data?.[WHICH_PART]) return undefined;
      await sayAll(inner.context, session.t, [{ key: PuzzledText.reaction }]);
      return host.openAt(inner, { ...at, data: { ...(at.data ?? {}), [WHICH_PART]: '1' } });
    case 'puzzled':
      if (understood && !readBack) return undefined;
      // At the read-back, "huh" asks which part to change; elsewhere the question's own help explains it.
      if (readBack) {
        await sayAll(inner.context, session.t, [{ key: PuzzledText.reaction }]);
        return host.openAt(inner, { ...at, data: { ...(at.data ?? {}), [WHICH_PART]: '1' } });
      }
      await sayAll(inner.context, session.t, [{ key: PuzzledText.puzzled }]);
      return host.after(inner, await runCommand(inner, session, 'help'));
  }
}

/**
 * "which people", "help me with what", "those are two questions. which one do i answer": the
 * question said another way with its example, or either one is fine. Never kept as the answer.
 */
async function answerQuestionAsked(inner: DialogContext, host: ChatHost, text: string, understood: boolean): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (understood || !at || !OWN_WORDS_STEPS.has(at.step)) return undefined;
  const asked = readQuestionAsked(text);
  if (!asked) return undefined;
  // "With which part?" at "What already helps you with this?": one thing is asked, so it is explained, never "either one".
  if (asked === 'either' && !ONE_THING_STEPS.has(at.step)) {
    await sayAll(inner.context, session.t, [{ key: PuzzledText.either }]);
    return host.reprompt(inner);
  }
  // "which people do you mean?": who is meant, with examples, then the question again.
  if (readChatTalk(text)?.topics.includes('whichPeople')) {
    await sayAll(inner.context, session.t, [whichPeopleWords(at.step)]);
    return host.reprompt(inner);
  }
  await sayAll(inner.context, session.t, [{ key: PuzzledText.puzzled }]);
  return host.after(inner, await runCommand(inner, session, 'help'));
}

/**
 * Yes for each thing named that the outcome being made holds (in the part asked about, or anywhere in it),
 * and which are not there; undefined when nothing named is found, or away from an outcome.
 */
async function namedThingsSaid(session: ReturnType<typeof sessionOf>, at: NonNullable<ReturnType<typeof sessionOf>['journey']['position']>, asked: string, part: OutcomePartAsked | 'all'): Promise<Words[] | undefined> {
  if (at.stage !== 'outcomes' || part === 'timeframe') return undefined;
  const draft = await session.draft();
  const outcomeId = typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined;
  const outcome = draft ? unfinishedOutcome(draft, at.topic, outcomeId) : undefined;
  if (!outcome) return undefined;
  const help = outcome.provision.map((p) => p.text);
  const kept = part === 'provision' ? help : part === 'all' ? [outcome.statement, outcome.measure ?? '', outcome.doesForMe ?? '', outcome.makesPossible ?? '', ...help] : [outcome[part] ?? ''];
  const named = namedInKept(asked, kept);
  if (!named || named.found.length === 0) return undefined;
  const list = (things: string[]) => things.map((t) => `"${t}"`).join(' and ');
  return [{ key: PuzzledText.namedKept, vars: { things: list(named.found) } }, ...(named.missing.length ? [{ key: PuzzledText.namedNotKept, vars: { things: list(named.missing) } }] : [])];
}

/** What the outcome being made holds for the part asked about; undefined away from an outcome. */
async function partSaid(session: ReturnType<typeof sessionOf>, at: NonNullable<ReturnType<typeof sessionOf>['journey']['position']>, part: OutcomePartAsked): Promise<Words | undefined> {
  if (at.stage !== 'outcomes') return undefined;
  const draft = await session.draft();
  const outcomeId = typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined;
  const outcome = draft ? unfinishedOutcome(draft, at.topic, outcomeId) : undefined;
  if (!outcome) return undefined;
  // "sorry what did you put for the date": told as at every other outcome question ("I put by summer, that's July 2027").
  if (part === 'timeframe') return (await whenAskedWords(session, { today: false, suggestion: false, dateMeant: false, keptAsked: true, rest: '' }, undefined, at))[0];
  const held = part === 'provision' ? outcome.provision.map((p) => p.text).join('; ') : (outcome[part] ?? '');
  return held.trim() ? { key: PuzzledText.partSaid[part], vars: { answer: quoteOf(held) } } : { key: PuzzledText.partNotSaid[part] };
}
