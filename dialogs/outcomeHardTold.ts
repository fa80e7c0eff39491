import type { Draft } from '../src/domain/draft';
import { hopeNamedBy, needSection, quoteOf, themeOfWords } from '../src/language';
import { tellsOfHardThing } from '../src/language/hardStory';
import { Step } from './ids';
import type { Position } from './journey';
import { needOnce } from './keptOnce';
import { OutcomeText as T } from './outcomeText';
import { hopesToWorkOn } from './outcomeThread';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "fire alarm. me not hear. nobody tell me. scared", typed at "one more goal?": a new hard thing,
 * never a plain yes. It is kept as a need of the hope its words fit (else the hope just worked on),
 * and a goal about it is asked for next.
 */

const YES_FIRST = /^\W*(?:yes|yeah|yep|yeh|ye|yh|ok|okay)\b[\s,.!]*/i;

export async function hardToldAtAnother(session: JourneySession, position: Position, draft: Draft, text: string): Promise<Next | undefined> {
  const said = text.replace(YES_FIRST, '').trim();
  if (!tellsOfHardThing(said)) return undefined;
  const needsOf = (id: string) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text);
  const named = hopeNamedBy(said, draft.aspirations, needsOf).hope;
  const theme = themeOfWords(said);
  const byTheme = theme ? hopesToWorkOn(draft).filter((h) => h.theme === theme) : [];
  const hope = named ?? (byTheme.length === 1 ? byTheme[0] : undefined) ?? draft.aspirations.find((a) => a.id === position.topic) ?? draft.aspirations[0];
  if (!hope) return undefined;
  await session.updateDraft('hard thing said at one more goal', (d) => needOnce(d, said, [hope.id], needSection(said, d.youngPerson)).draft);
  return { say: [{ key: T.hardKeptAtAnother }], goTo: { step: Step.outcomeStep, topic: hope.id, data: { coach: 'about', quote: quoteOf(said) } } };
}
