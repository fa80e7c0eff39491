import { markItemChanged, type Draft, type Outcome } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { quoteOf } from '../src/language';
import { readAllHelpChange } from '../src/language/allHelp';
import { readPolarity } from '../src/language/polarity';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { withProvision } from './outcomeCoach';
import { notUnderstood, REMOVE_CHOICES, RequestData as D, ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "change all the help to: a travel buddy, a bus pass and a phone": every piece of help for one
 * outcome replaced by the new list at once, after a yes. The outcome is the one being changed,
 * the one named ("for the bus one"), the only one with help, or picked from the outcomes.
 */

const ONE_A_LINE = '\n';

/** The outcome an item is, or belongs to. */
function outcomeOfItem(draft: Draft, item: SummaryItem | undefined): Outcome | undefined {
  if (!item) return undefined;
  const id = item.labelKey === SUMMARY_LABEL_KEYS.outcome ? item.id : item.parentId;
  return draft.outcomes.find((o) => o.id === id);
}

/** The one outcome whose sentence or help has every word named ("bus" for "the bus one"). */
function namedOutcome(draft: Draft, named: string): Outcome | undefined {
  const words = named.toLowerCase().split(/[^a-z0-9']+/).filter((w) => w.length > 2);
  if (words.length === 0) return undefined;
  const fits = draft.outcomes.filter((o) => {
    const said = [o.statement, ...o.provision.map((p) => p.text)].join(' ').toLowerCase();
    return words.every((w) => new RegExp(`\\b${w.replace(/[^a-z0-9]/g, '')}`).test(said));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** The request in a message, and where it leads; undefined when it does not replace all the help. */
export function allHelpRequestIn(draft: Draft | undefined, text: string, current?: SummaryItem): Next | undefined {
  const change = draft && draft.outcomes.length > 0 ? readAllHelpChange(text) : null;
  if (!draft || !change) return undefined;
  const withHelp = draft.outcomes.filter((o) => o.provision.length > 0);
  const outcome =
    (change.outcome ? namedOutcome(draft, change.outcome) : undefined) ??
    outcomeOfItem(draft, current) ??
    (withHelp.length === 1 ? withHelp[0] : draft.outcomes.length === 1 ? draft.outcomes[0] : undefined);
  const help = { [D.allHelp]: change.help.join(ONE_A_LINE) };
  if (outcome) return { goTo: { step: Step.reviewChange, data: { itemId: outcome.id, ...help } } };
  return { goTo: { step: Step.reviewChange, data: { ...help, [D.choose]: draft.outcomes.map((o) => o.id).join(' ') } } };
}

/** Whether the open question is "all the help will be ...?" for a known outcome. */
export const isAllHelpPosition = (position: Position): boolean => Boolean(position.data?.[D.allHelp] && position.data?.itemId);

const helpOf = (position: Position): string[] => (position.data?.[D.allHelp] ?? '').split(ONE_A_LINE).filter(Boolean);

/** "a, b and c": the new help read back as one list, in the content's language. */
// Made on first use: its locale data takes a noticeable part of start-up, and most chats never need it.
let list: Intl.ListFormat | undefined;
const listed = (items: string[]): string => (list ??= new Intl.ListFormat('en-GB', { type: 'conjunction' })).format(items);

export function allHelpQuestion(draft: Draft | undefined, position: Position): Question | undefined {
  const outcome = draft?.outcomes.find((o) => o.id === position.data?.itemId);
  if (!outcome) return undefined;
  const help = listed(helpOf(position).map((h) => quoteOf(h)));
  return { step: Step.reviewChange, words: { key: T.allHelpConfirm, vars: { outcome: quoteOf(outcome.statement), help } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

/** A yes replaces the help; "no, change all the help to ..." reads the new list back instead. */
export async function answerAllHelp(session: JourneySession, draft: Draft, position: Position, text: string): Promise<Next> {
  const outcome = draft.outcomes.find((o) => o.id === position.data?.itemId);
  if (!outcome) return { goTo: { step: Step.reviewSummary } };
  const answer = understandYesNo(text);
  if (answer === 'yes') {
    const help = helpOf(position);
    await session.updateDraft('all the help replaced in review', (d) => {
      const emptied = { ...d, outcomes: d.outcomes.map((o) => (o.id === outcome.id ? { ...o, provision: [] } : o)) };
      return markItemChanged(withProvision(emptied, outcome.id, help), outcome.id, session.today);
    });
    return { say: [{ key: T.changed }], goTo: { step: Step.reviewSummary } };
  }
  const again = readAllHelpChange(answer === 'no' ? readPolarity(text).rest : text);
  if (again) return { goTo: { ...position, data: { ...position.data, [D.allHelp]: again.help.join(ONE_A_LINE) } } };
  if (answer === 'no') return { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
  return notUnderstood(position);
}
