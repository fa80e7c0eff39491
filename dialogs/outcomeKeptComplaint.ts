import { updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { keptComplaint } from '../src/language/keptComplaint';
import { asksToPutBack } from '../src/language/putBack';
import { asksToStopAndGoBack } from '../src/language/requestShaped';
import { sameWording } from '../src/domain/sameWording';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { BEFORE, EDITING_MEASURE } from './outcomeConfirmField';
import { askWhichPart, WHICH_PART } from './outcomeConfirmPart';
import { OutcomeText as T } from './outcomeText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "Stop. You saved the wrong thing." and "I did not ask to change anything." at the read-back of an
 * outcome: a complaint about the chat, never words for the outcome. The bot says sorry. When it had
 * just rewritten the sentence, "I did not ask" puts the words from before back, and "the wrong thing"
 * offers to; otherwise nothing changes and the read-back (or which part to change) is asked again.
 */

/** Set while "Shall I put those words back?" waits for an answer. */
const PUT_BACK_OFFERED = 'putBackOffered';

export async function answerKeptComplaint(session: JourneySession, position: Position, outcome: Outcome, text: string): Promise<Next | undefined> {
  const data = position.data ?? {};
  const before = data[BEFORE] && !sameWording(data[BEFORE], outcome.statement) ? data[BEFORE] : undefined;
  if (data[PUT_BACK_OFFERED] && before) {
    const yes = understandYesNo(text);
    if (yes === 'yes' || asksToPutBack(text)) return putBack(session, position, outcome, before);
    if (yes === 'no') return askWhichPart(withoutOffer(position), outcome);
  }
  // "NO. stop. go back" just after the sentence was rewritten: the words from before are put back.
  if (before && asksToStopAndGoBack(text)) return putBack(session, position, outcome, before);
  const complaint = keptComplaint(text);
  if (!complaint) return undefined;
  if (before && complaint === 'notAsked') return putBack(session, position, outcome, before);
  if (before) {
    return { say: [{ key: T.keptComplaintOffer, vars: { before: quoteOf(before) } }], goTo: here(position, outcome, { ...data, rewording: '1', [PUT_BACK_OFFERED]: '1' }) };
  }
  if (complaint === 'wrongKept') return { say: [{ key: T.keptComplaintSorry }], ...askWhichPart(plain(position), outcome) };
  // Nothing was changed: the outcome is read back as it is, for a yes.
  return { say: [{ key: T.keptComplaintUnchanged }], goTo: here(position, outcome, keptData(position)) };
}

async function putBack(session: JourneySession, position: Position, outcome: Outcome, before: string): Promise<Next> {
  await session.updateDraft('words put back after a complaint', (d: Draft) => updateOutcome(d, outcome.id, { statement: before, confirmed: false }));
  const { [BEFORE]: _gone, ...rest } = keptData(position);
  return { say: [{ key: T.keptComplaintPutBack }], goTo: here(position, outcome, { ...rest, written: '1' }) };
}

/** The notes of the read-back without any question opened at it (rewording, which part, the offer). */
function keptData(position: Position): Record<string, string> {
  const { rewording: _r, sayIt: _s, [WHICH_PART]: _w, [EDITING_MEASURE]: _m, [PUT_BACK_OFFERED]: _o, ...kept } = position.data ?? {};
  return kept;
}

function plain(position: Position): Position {
  return { ...position, data: keptData(position) };
}

function withoutOffer(position: Position): Position {
  const { [PUT_BACK_OFFERED]: _o, ...kept } = position.data ?? {};
  return { ...position, data: kept };
}

function here(position: Position, outcome: Outcome, data: Record<string, string>): Omit<Position, 'stage'> {
  return { step: Step.outcomeConfirm, ...(position.topic ? { topic: position.topic } : {}), data: { ...data, outcomeId: outcome.id } };
}
