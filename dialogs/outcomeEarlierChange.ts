import type { Draft, Outcome } from '../src/domain/draft';
import { readEarlierOutcomeChange, type EarlierOutcomeChange } from '../src/language/earlierOutcomeChange';
import { normaliseMessage } from '../src/language/text';
import { Step } from './ids';
import type { Position } from './journey';
import { EDITING_MEASURE } from './outcomeConfirmField';
import { WHICH_PART } from './outcomeConfirmPart';
import type { Next } from './stageDialog';

/*
 * "But can I go back and change the first outcome, the science one? Its how everyone will know has my
 * question in it", at "another outcome?": that outcome is read back with the part named opened for
 * new words ("which part?" when none is named). Never a new outcome made of the request.
 */

/** The outcome meant: by its place, else by its words or its hope's, else the one just made. */
function outcomeMeant(draft: Draft, position: Position, said: EarlierOutcomeChange): Outcome | undefined {
  if (said.place !== null) return said.place < 0 ? draft.outcomes.at(said.place) : draft.outcomes[said.place - 1];
  if (said.about) {
    const words = said.about.split(' ').filter((w) => w.length > 2);
    const hopeOf = (o: Outcome) => draft.aspirations.find((a) => a.id === o.aspirationId)?.text ?? '';
    const found = draft.outcomes.filter((o) => words.every((w) => ` ${normaliseMessage(`${o.statement} ${hopeOf(o)}`)} `.includes(w)));
    if (found.length === 1) return found[0];
  }
  return draft.outcomes.filter((o) => o.aspirationId === position.topic).at(-1) ?? draft.outcomes.at(-1);
}

/** Where a request to change an outcome already made leads; undefined when the message is none. */
export function earlierOutcomeChange(draft: Draft, position: Position, text: string): Next | undefined {
  const said = readEarlierOutcomeChange(text);
  if (!said) return undefined;
  const outcome = outcomeMeant(draft, position, said);
  if (!outcome) return undefined;
  const part: Record<string, string> = said.field === 'measure' ? { [EDITING_MEASURE]: '1' } : said.field === 'step' ? { rewording: '1' } : { [WHICH_PART]: '1' };
  return { goTo: { step: Step.outcomeConfirm, ...(outcome.aspirationId ? { topic: outcome.aspirationId } : {}), data: { outcomeId: outcome.id, ...part } } };
}
