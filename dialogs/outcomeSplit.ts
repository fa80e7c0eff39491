import { updateOutcome, type Outcome } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { splitAsked, splitOutcome } from '../src/language/splitAsked';
import { Step } from './ids';
import type { Position } from './journey';
import { withProvision } from './outcomeCoach';
import { OutcomeText as T } from './outcomeText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "can the adult bit be separate?" at the read-back of "Finley will walk to school on his own and
 * have an adult to talk to at break": an outcome holds one difference made. The part that is help
 * becomes the outcome's provision; a second thing to do is offered as the next outcome for the same
 * hope. Either way the bot says what it did and reads the outcome back again for a yes.
 */
export async function splitAtReadBack(session: JourneySession, position: Position, outcome: Outcome, text: string): Promise<Next | undefined> {
  const asked = splitAsked(text);
  const split = asked ? splitOutcome(outcome.statement, asked) : undefined;
  if (!split) return undefined;
  const before = new Set(outcome.provision.map((p) => p.id));
  const updated = await session.updateDraft('outcome split at the read-back', (d) => {
    const cut = updateOutcome(d, outcome.id, { statement: split.kept, confirmed: false });
    return split.isSupport ? withProvision(cut, outcome.id, [split.apart]) : cut;
  });
  if (!split.isSupport) await session.updateJourney((j) => ({ ...j, nextStep: { ...(position.topic ? { topic: position.topic } : {}), text: split.apart } }));
  // The help as it was kept ("an adult to talk to at break"), so they see what was saved.
  const help = updated.outcomes.find((o) => o.id === outcome.id)?.provision.find((p) => !before.has(p.id))?.text ?? split.apart;
  const { rewording: _r, sayIt: _s, ...data } = position.data ?? {};
  return {
    say: [split.isSupport ? { key: T.splitAsHelp, vars: { help: quoteOf(help) } } : { key: T.splitAsNext, vars: { second: quoteOf(split.apart) } }],
    goTo: { step: Step.outcomeConfirm, ...(position.topic ? { topic: position.topic } : {}), data: { ...data, outcomeId: outcome.id } },
  };
}
