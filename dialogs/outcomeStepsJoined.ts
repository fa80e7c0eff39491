import { updateOutcome } from '../src/domain/draft';
import { quoteWhole } from '../src/language';
import type { ChatHost } from './chatTalk';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import { Stage } from './ids';
import { unfinishedOutcome } from './outcomeThread';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "form and interviews are one thing" just after the bot cut one answer into two outcomes ("fill in
 * the application form" now, "practise interviews" kept for the next): the two are joined back into
 * the outcome being made, in his words, and the next outcome is no longer offered.
 */

export const StepsJoinedText = { joined: 'outcome:feedback.stepsJoined' } as const;

/** "I will fill in the form" and "I will practise interviews" as one: "I will fill in the form and practise interviews". */
function joined(first: string, second: string): string {
  const lead = /^((?:i|we|they|[\p{Lu}][\p{L}'-]*)\s+will)\s+/iu.exec(first.trim())?.[1];
  const rest = second.trim().replace(/[.!]+$/, '');
  const secondWords = lead && rest.toLowerCase().startsWith(`${lead.toLowerCase()} `) ? rest.slice(lead.length + 1) : rest;
  return `${first.trim().replace(/[.!]+$/, '')} and ${secondWords}`;
}

/** The turn's result when the person says the two steps just cut apart are one; undefined otherwise. */
export async function joinStepsCut(inner: DialogContext, host: ChatHost, saysOne: boolean): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  const next = session.journey.nextStep;
  if (!saysOne || !at || at.stage !== Stage.outcomes || !next || next.topic !== at.topic) return undefined;
  const draft = await session.draft();
  const outcomeId = typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined;
  const outcome = draft ? unfinishedOutcome(draft, at.topic, outcomeId) : undefined;
  if (!outcome) return undefined;
  const statement = joined(outcome.statement, next.text);
  await session.updateDraft('two steps joined back into one outcome', (d) => updateOutcome(d, outcome.id, { statement }));
  await session.updateJourney((j) => {
    const { nextStep: _gone, ...rest } = j;
    return rest;
  });
  await sayAll(inner.context, session.t, [{ key: StepsJoinedText.joined, vars: { statement: quoteWhole(statement) } }]);
  return host.reprompt(inner);
}
