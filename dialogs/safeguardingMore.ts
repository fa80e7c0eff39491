import { isAdult } from '../src/domain/lifeStage';
import { addFlag } from '../src/domain/draft';
import { concernByRules, detectConcern, flagCategoryOf } from '../src/language';
import type { Words } from './say';
import { SafeguardingText } from './safeguardingText';
import { listenerOf, type Data } from './safeguardingQuestions';
import { answeredInProportion } from './safeguardingAnswer';
import type { JourneySession } from './session';
import { readAnswerQueried } from '../src/language/answerQueried';
import { namesFamilyPlaceOrPerson } from '../src/language/harmPlaceNamed';
import { tellsOfMoneyKeptFromThem } from '../src/language/moneyHelpWish';
import { keyWorkerIn } from './cardHeldAnswer';

/*
 * While "Are you safe now?" or "carry on, or stop?" is open after a disclosure, more of the worry
 * ("he still takes my money", "i dont want to go home") is no miss to say sorry for: it is kept
 * with the concern the safeguarding lead reads (keepSaidAfter), a harm of a kind not yet flagged
 * gets its own flag, and a short kind answer comes before the same question again (with who to tell, for more bullying).
 */

/** Kinds of harm whose answer is the same help for the person (harm at home or from people around them). */
const SAME_HELP = new Set(['harm_from_others', 'exploitation', 'domestic_abuse', 'neglect', 'other']);

/**
 * Whether a disclosure of another kind, said at the questions after the answer, is more of the same
 * worry: both kinds get the same help. Self-harm, sexual abuse and bullying have help of their own,
 * so they still get their own full answer.
 */
export function moreOfTheSameHelp(flagged: string | undefined, category: string): boolean {
  return Boolean(flagged) && SAME_HELP.has(flagged!) && SAME_HELP.has(category);
}

/**
 * Reads the reply for more of the worry: flags a kind not yet on the draft, and gives the kind
 * answer to say before the open question is asked again. Undefined when the reply tells no worry.
 */
export async function heardMoreOfTheWorry(session: JourneySession, data: Data, text: string): Promise<readonly Words[] | undefined> {
  if (!data.category || data.gentle === '1') return undefined;
  // "why did you give me samaritans number i dont want to kill myself": a question about the answer and a plain denial,
  // the whole message (answerQueried.ts); answered as a question, never a note of another kind.
  if (readAnswerQueried(text)?.whole) return undefined;
  const concern = detectConcern(text);
  // "only at his dads" after harm was told: where or who it happens, more of the same worry (no flag of its own).
  const whereOrWho = namesFamilyPlaceOrPerson(text);
  if (!whereOrWho && !concern.concern && !concern.unclear) return undefined;
  const draft = await session.draft();
  const category = concern.concern && concern.category && concernByRules(text) ? flagCategoryOf(concern.category, text, isAdult(draft?.youngPerson)) : undefined;
  if (category && draft && !draft.flags.some((f) => f.category === category)) {
    const step = session.journey.interrupted?.step ?? session.journey.position?.step ?? 'safeguarding.check';
    await session.updateDraft('safeguarding flag', (d) => addFlag(d, { category, at: session.today, step }));
  }
  const who = listenerOf(data);
  // Mocking told after an answer kept in proportion stays in proportion: no 999 for more of the same words.
  // Only words read as bullying: a worry of another kind, or none named, keeps the full answer.
  const stillMocking = data.inProportion === '1' && concern.category === 'bullying' && answeredInProportion('bullying', text, { parent: who.parent, person: draft?.youngPerson, noVoice: false });
  if (stillMocking) return [{ key: who.lead ? SafeguardingText.moreHeardMockingLead : SafeguardingText.moreHeardMockingNoLead }];
  if (who.parent) return [{ key: who.lead ? SafeguardingText.parentMoreHeardLead : SafeguardingText.parentMoreHeardNoLead }];
  // "craig controls all my money" after "not always": an adult's money kept from them gets what helps with that (their
  // money is theirs; key worker or adult social care), and 999 only last, for danger now: control is no emergency line first.
  if (draft && isAdult(draft.youngPerson) && tellsOfMoneyKeptFromThem(text)) {
    const keyWorker = keyWorkerIn(draft, text);
    return [
      { key: who.lead ? SafeguardingText.moreHeardMoneyLead : SafeguardingText.moreHeardMoneyNoLead },
      { key: SafeguardingText.moneyYours },
      keyWorker ? { key: SafeguardingText.cardHeldKeyWorkerNamed, vars: { name: keyWorker } } : { key: SafeguardingText.cardHeldKeyWorker },
      { key: SafeguardingText.danger },
    ];
  }
  const heard = { key: who.lead ? SafeguardingText.moreHeardLead : SafeguardingText.moreHeardNoLead };
  // "she said ill get you tomorrow" after mocking was told: a threat or hurt from other young people, with who to tell.
  if (concern.concern && concern.category === 'bullying')
    return [heard, { key: SafeguardingText.bullyingTellAdult }];
  return [heard];
}
