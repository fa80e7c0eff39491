import type { TurnContext } from 'botbuilder';
import { speaksForThem } from '../src/domain/aboutWhom';
import { summaryItems } from '../src/domain/draftSummary';
import { wordsNamedIn } from '../src/language/dateChange';
import { asksAgainIfInPlan, asksIfToldIsInPlan } from '../src/language/toldInPlanAsked';
import { SafeguardingText } from './safeguardingText';
import { sayAll, type Words } from './say';
import type { JourneySession } from './session';
import { followUpAnswered } from './safeguardingWorries';
import { planWordsOf } from './worryWordsInPlan';

/*
 * After a worry was noted, "is the thing i said about my mums boyfriend in the plan? i dont want my
 * mum seeing that" is about the note: it is not in the plan (unless words of it were kept as an
 * answer, which is said), and who sees the note. Never matched against the plan's items by a
 * shared word ("mum"), never an invitation to add it, never kept.
 */

export const ToldInPlanText = {
  notInPlan: 'safeguarding:followUp.toldNotInPlan',
  notInPlanNamed: 'safeguarding:followUp.toldNotInPlanNamed',
  notInPlanAgain: 'safeguarding:followUp.toldNotInPlanAgain',
} as const;

/** Answers the question when it is one and a worry was noted (or asked again, `justAnswered`); false when the message is something else. */
export async function answeredToldInPlan(context: TurnContext, session: JourneySession, text: string, justAnswered: boolean): Promise<boolean> {
  // Asked again just after the answer ("WHAT. u said yes?? so is it in there or not"): a plain no, never an offer to add it.
  const again = justAnswered && asksAgainIfInPlan(text);
  const asked = again ? {} : asksIfToldIsInPlan(text);
  if (!asked) return false;
  const draft = await session.draft();
  if (!draft || draft.flags.length === 0) return false;
  // "is the thing i said about my mum in the plan?" beside a kept "my mum to drive me": that item is what is meant.
  if (asked.about && summaryItems(draft).some((item) => wordsNamedIn(item.text, asked.about!))) return false;
  const lead = (await session.services.safeguarding?.hasLead().catch(() => false)) ?? false;
  const words = planWordsOf(draft, session.t);
  const answers = words.answers;
  const who = { lead, parent: speaksForThem(draft.youngPerson), ...words };
  // Words of the worry kept as an answer show wherever the plan does: the true answer says which, never "no".
  // Words of a checked message may be kept where it was asked: never a plain "no" then.
  const first: Words[] = answers || words.mayHold
    ? []
    : [again ? { key: ToldInPlanText.notInPlanAgain } : asked.whom ? { key: ToldInPlanText.notInPlanNamed, vars: { whom: asked.whom } } : { key: ToldInPlanText.notInPlan }];
  const seen = followUpAnswered('who sees it?', who) ?? { key: lead ? SafeguardingText.whoSeesLead : SafeguardingText.whoSeesNoLead };
  await sayAll(context, session.t, [...first, seen]);
  await session.updateJourney((j) => ({ ...j, toldInPlanAnswered: true }));
  return true;
}

/** Whether the last turn answered the question, forgotten now: only the very next message may ask it again. */
export async function toldInPlanJustAnswered(session: JourneySession): Promise<boolean> {
  if (session.journey.toldInPlanAnswered !== true) return false;
  await session.updateJourney(({ toldInPlanAnswered: _answered, ...j }) => j);
  return true;
}
