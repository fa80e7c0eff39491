import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import type { Draft } from '../src/domain/draft';
import { wordsNamedIn } from '../src/language/dateChange';
import type { NamedEdit } from '../src/language/namedEdit';
import { Step } from './ids';
import { RequestData as D } from './reviewRequestData';
import type { Next } from './stageDialog';

/*
 * "remove the football one" when the hope "play football for a team" and its goal both say
 * football: taking out the hope takes its goals too, so the person is asked which they mean
 * (reviewRequests.ts words the question), never given a guess.
 */

/** The hope (with its goals) or just the goal, asked when "the football one" names a goal and a hope holds those words too. */
export function hopeOrGoalOut(draft: Draft, edit: NamedEdit, item: SummaryItem): Next | undefined {
  if (!edit.one || edit.says || edit.field || item.labelKey !== SUMMARY_LABEL_KEYS.outcome) return undefined;
  const outcome = draft.outcomes.find((o) => o.id === item.id);
  if (!outcome || !wordsNamedIn(outcome.statement, edit.one)) return undefined;
  const hopes = draft.aspirations.filter((a) => wordsNamedIn(a.text, edit.one!));
  return hopes.length > 0 ? ({ goTo: { step: Step.reviewChange, data: { remove: 'yes', [D.choose]: [...hopes.map((a) => a.id), outcome.id].join(' '), [D.hopeOrGoal]: edit.one } } }) : undefined;
}
