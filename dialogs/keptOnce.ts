import { withoutJoiningLead } from '../src/language/joiningLead';
import { addNeed, addNeedHelp, type Draft, type Need, type PlanPart } from '../src/domain/draft';
import { sameNeed, saysNoMoreThan } from '../src/language/sameNeed';
import { withPeopleNamedCapitalised } from '../src/language/peopleNamed';
import { withMeantWords } from '../src/language/textSpeak';

/*
 * A need or a piece of help said again, in the same or other words, is the one already kept: the
 * need is linked to this hope too, and the help is not added a second time.
 */

export function needOnce(draft: Draft, said: string, hopeIds: readonly string[], section?: PlanPart): { draft: Draft; need: Need } {
  // "but sometimes i fall out with ppl": the word that joined it to the hope is not part of the need.
  // "when my sister amy is loud": people named get their capitals, as in the outcomes.
  // "getting to collage": a word typed as another real word is kept as meant, as in the hopes and outcomes.
  const text = withMeantWords(withPeopleNamedCapitalised(withoutJoiningLead(said)));
  const known = draft.needs.find((n) => sameNeed(n.text, text));
  // The stored wording is passed, so the draft links the need it has instead of adding another.
  return addNeed(draft, known?.text ?? text, hopeIds, known ? undefined : section);
}

export function helpOnce(draft: Draft, needId: string, said: string): Draft {
  // "my mum sarah helps me": people named get their capitals, as in the outcomes; "at collage" is kept as meant.
  const text = withMeantWords(withPeopleNamedCapitalised(said));
  const need = draft.needs.find((n) => n.id === needId);
  return need?.helps?.some((h) => sameNeed(h, text) || saysNoMoreThan(text, h)) ? draft : addNeedHelp(draft, needId, text);
}
