import type { Draft, Outcome } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { DEFAULT_RETENTION_DAYS } from '../src/config';
import { readDataQuestion } from '../src/language/dataQuestion';
import { readDayPutRight, readPlanAudience } from '../src/language/planAudience';
import { DataAskedText } from './dataAsked';
import { helperVars, withHelper } from './planHelperWords';
import { Step } from './ids';
import { SafeguardingText } from './safeguardingText';
import { mayHoldWorryWords, worryWordsInPlan } from './worryWordsInPlan';
import type { Position } from './journey';
import { RequestData as D } from './reviewText';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * At the review, questions about the plan itself get a true, short answer that fits this plan:
 * who sees it (only them; their key worker once shared, who can send it on; after a worry told,
 * the safety answer's words), how to show it (the share step, or a copy to print or email), and
 * a date put right ("christmas is 25 december not 18") offers to change that outcome's date.
 */

export const AudienceText = {
  whoSeesShared: 'review:audience.whoSeesShared',
  whoSeesCode: 'review:audience.whoSeesCode',
  whoSeesSharedNamed: 'review:audience.whoSeesSharedNamed',
  whoSeesCodeNamed: 'review:audience.whoSeesCodeNamed',
  whoSeesNoCode: 'review:audience.whoSeesNoCode',
  howSharedShared: 'review:audience.howSharedShared',
  howSharedCode: 'review:audience.howSharedCode',
  howSharedDownload: 'review:audience.howSharedDownload',
  howSharedNoCode: 'review:audience.howSharedNoCode',
  codeAnyTime: 'review:audience.codeAnyTime',
  whoSeesDone: 'review:audience.whoSeesDone',
  howSharedDone: 'review:audience.howSharedDone',
  dateFix: 'review:audience.dateFix',
  whatNext: 'review:audience.whatNext',
  howSharedCodeDone: 'review:audience.howSharedCodeDone',
} as const;

type Sharing = 'shared' | 'code' | 'noCode';

const sharingOf = (draft: Draft | undefined): Sharing => (draft?.keyWorker?.shared ? 'shared' : draft?.keyWorker?.invitationCode ? 'code' : 'noCode');

async function hasLead(session: JourneySession): Promise<boolean> {
  return (await session.services.safeguarding?.hasLead().catch(() => false)) ?? false;
}

const WHO_SEES: Record<Sharing, string> = { shared: AudienceText.whoSeesShared, code: AudienceText.whoSeesCode, noCode: AudienceText.whoSeesNoCode };
const WHO_SEES_NAMED: Record<Sharing, string> = { shared: AudienceText.whoSeesSharedNamed, code: AudienceText.whoSeesCodeNamed, noCode: AudienceText.whoSeesNoCode };

/**
 * Who sees the plan, as things stand for this draft; after a worry told, the safety answer's own
 * words say it. At the end (`atEnd`), the copies are above and the end says how to link a code.
 */
export async function whoSeesWords(session: JourneySession, draft: Draft | undefined, atEnd = false): Promise<Words[]> {
  if ((draft?.flags.length ?? 0) > 0) {
    // The note has no words, but words kept as an answer show wherever the plan does: say which.
    const answers = worryWordsInPlan(draft, session.t);
    const lead = await hasLead(session);
    if (answers) return [{ key: lead ? SafeguardingText.wordsInPlanLead : SafeguardingText.wordsInPlanNoLead, vars: { answers } }];
    if (mayHoldWorryWords(draft)) return [{ key: lead ? SafeguardingText.whoSeesLeadMayHold : SafeguardingText.whoSeesNoLeadMayHold }];
    return [{ key: lead ? SafeguardingText.whoSeesLead : SafeguardingText.whoSeesNoLead }];
  }
  const sharing = sharingOf(draft);
  // "does the council read it?": who sees it now, then what happens to a draft (the key worker, then the plan meeting).
  const next: Words = { key: AudienceText.whatNext };
  if (sharing !== 'noCode') return [withHelper({ key: WHO_SEES[sharing] }, WHO_SEES_NAMED[sharing], helperVars(session.t, draft, session.journey.helper)), next];
  return atEnd ? [{ key: AudienceText.whoSeesDone }, next] : [{ key: WHO_SEES[sharing] }, next, { key: AudienceText.codeAnyTime }];
}

/** How to show the plan to someone, as things stand for this draft; at the end, with the copies above. */
export function howSharedWords(draft: Draft | undefined, atEnd = false): Words[] {
  const sharing = sharingOf(draft);
  // At the end: the copy above; the key worker has it already, or it is shared from the read-back, or linked with their code.
  if (atEnd) {
    const keyWorker: Words = { key: sharing === 'shared' ? AudienceText.howSharedShared : sharing === 'code' ? AudienceText.howSharedCodeDone : AudienceText.codeAnyTime };
    return [{ key: AudienceText.howSharedDone }, keyWorker];
  }
  switch (sharing) {
    case 'shared':
      return [{ key: AudienceText.howSharedShared }, { key: AudienceText.howSharedDownload }];
    case 'code':
      return [{ key: AudienceText.howSharedCode }, { key: AudienceText.howSharedDownload }];
    default:
      return [{ key: AudienceText.howSharedNoCode }, { key: AudienceText.codeAnyTime }];
  }
}

/** The words for a question about the plan at the review: how long it is kept, who sees it, how to show it. */
async function audienceWords(session: JourneySession, draft: Draft | undefined, text: string, atEnd: boolean): Promise<Words[] | undefined> {
  if (readPlanAudience(text)) return howSharedWords(draft, atEnd);
  const asked = readDataQuestion(text);
  if (!asked) return undefined;
  const days = session.services.retentionDays ?? DEFAULT_RETENTION_DAYS;
  const kept: Words[] = asked.kept ? [{ key: DataAskedText.kept }, { key: DataAskedText.deleted, vars: { days } }, { key: DataAskedText.deleteAnyTime }] : [];
  return [...kept, ...(asked.whoSees ? await whoSeesWords(session, draft, atEnd) : [])];
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "christmas is 25 december not 18": the one outcome dated that day, offered the day put right. */
function dateFixFor(draft: Draft | undefined, text: string): Next | undefined {
  const fix = readDayPutRight(text);
  if (!draft || !fix) return undefined;
  const dayOf = (o: Outcome) => (o.timeframe?.date ?? '').split('-').map(Number);
  const onDay = draft.outcomes.filter((o) => dayOf(o)[2] === fix.wrong && (fix.month === undefined || fix.month === dayOf(o)[1]));
  // No goal on the day put right: the one goal in the month named whose time is said in the same words ("by christmas").
  const said = new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3));
  const named = draft.outcomes.filter((o) => fix.month === dayOf(o)[1] && (o.timeframe?.phrase ?? '').toLowerCase().split(/[^\p{L}]+/u).some((w) => said.has(w)));
  const dated = onDay.length > 0 ? onDay : named;
  if (dated.length !== 1) return undefined;
  const outcome = dated[0]!;
  const [year, month] = outcome.timeframe!.date.split('-').map(Number);
  const newDate = `${fix.right} ${MONTH_NAMES[(fix.month ?? month!) - 1]} ${year}`;
  return {
    say: [{ key: AudienceText.dateFix, vars: { text: quoteOf(outcome.statement) } }],
    goTo: { step: Step.reviewChange, data: { itemId: outcome.id, [D.field]: 'when', [D.newText]: newDate } },
  };
}

/**
 * A question or remark about the plan at the read-back or the end, answered; the same question
 * is then asked again. Undefined when the message is none of these.
 */
export async function remarkAtReview(session: JourneySession, draft: Draft | undefined, position: Position, text: string): Promise<Next | undefined> {
  const said = await audienceWords(session, draft, text, position.step === Step.reviewDone);
  if (said) return { say: said, goTo: { step: position.step, ...(position.data ? { data: position.data } : {}) } };
  return dateFixFor(draft, text);
}
