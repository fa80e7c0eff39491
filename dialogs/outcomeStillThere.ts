import type { Draft, Outcome } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { normaliseMessage } from '../src/language/text';
import { yesThenStillThere } from '../src/language/stillThereAsked';
import { OutcomeText as T } from './outcomeText';
import type { Next } from './stageDialog';

/*
 * "yes. the speech therapy is still in there somewhere tho isnt it?" at the read-back of an
 * outcome: a yes (the outcome is kept), and the question answered from what the outcome holds.
 */

/** The part of the outcome that holds the words asked about, in their own words; undefined when none. */
function heldIn(outcome: Outcome, asked: string): string | undefined {
  const want = normaliseMessage(asked);
  const parts = [...outcome.provision.map((p) => p.text), outcome.statement, outcome.measure ?? '', outcome.doesForMe ?? '', outcome.makesPossible ?? ''];
  return parts.find((p) => p && ` ${normaliseMessage(p)} `.includes(` ${want} `));
}

/** The yes agreed (by `agree`) with the answer said first; undefined when the reply is not a yes and that question. */
export async function yesWithStillThere(draft: Draft, outcome: Outcome, text: string, agree: () => Promise<Next>): Promise<Next | undefined> {
  const asked = yesThenStillThere(text);
  if (!asked || !draft) return undefined;
  const held = heldIn(outcome, asked);
  const agreed = await agree();
  const answer = held ? { key: T.stillThere, vars: { words: quoteOf(held) } } : { key: T.notThere, vars: { words: quoteOf(asked) } };
  return { ...agreed, say: [answer, ...(agreed.say ?? [])] };
}
