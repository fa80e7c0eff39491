import type { DialogContext } from './dialogKit';
import { summaryItems } from '../src/domain/draftSummary';
import { confirmUnclear } from '../src/language/confirmUnclear';
import { quoteOf } from '../src/language';
import { YES_NO, type AfterCommand } from './commands';
import { EditText } from './editAnywhere';
import { unfinishedOf } from './hopeOnlyKept';
import { Stage, Step } from './ids';
import type { Journey } from './journey';
import { questionActivity, sayAll, type Words } from './say';
import type { JourneySession } from './session';

/*
 * "hmm wait what was that again", "which one is that", "the second one" at "Shall I take out ...?":
 * neither a yes nor a no, and no content either, so it is never read as "no" (nor kept as an
 * answer). The same question is asked again, once, with a short word on what it is about. Other
 * words (a hard thing, a worry) are left to be read as usual, and the three choices about a hope's
 * parts, a date change and the other side questions keep their own readers.
 */

type PendingEdit = NonNullable<Journey['pendingEdit']>;

/** The question again after a reply that was neither yes nor no; null when it is not that kind of reply. */
export async function askEditAgain(dc: DialogContext, session: JourneySession, pending: PendingEdit, text: string): Promise<AfterCommand | null> {
  if (pending.askedAgain || pending.parts || pending.when || pending.choose || pending.joinInto) return null;
  const unclear = confirmUnclear(text);
  if (!unclear) return null;
  const draft = await session.draft();
  const all = draft ? summaryItems(draft) : [];
  const item = all.find((i) => i.id === pending.itemId);
  if (!draft || !item) return null;
  const also = (pending.alsoIds ?? []).map((id) => all.find((i) => i.id === id)).filter((i): i is NonNullable<typeof i> => Boolean(i));
  await session.updateJourney((j) => ({ ...j, pendingEdit: { ...pending, askedAgain: true } }));
  const position = session.journey.position;
  const listed = [item, ...also].map((i) => `"${quoteOf(i.text)}"`).join(', ');
  const going = !pending.text && also.length === 0 ? unfinishedOf(draft, item.id, position)[0] : undefined;
  const words: Words = pending.text
    ? also.length
      ? { key: EditText.removeEveryKeepQuestion, vars: { items: listed, text: quoteOf(pending.text) } }
      : { key: EditText.changeQuestion, vars: { item: quoteOf(item.text), text: quoteOf(pending.text) } }
    : also.length
      ? { key: EditText.removeEveryQuestion, vars: { items: listed } }
      : going
        ? { key: EditText.removeHopeAndOutcomeQuestion, vars: { item: quoteOf(item.text), outcome: quoteOf(going.statement) } }
        : { key: EditText.removeQuestion, vars: { item: quoteOf(item.text) } };
  // A question about which part is meant is answered with that part; a pointer elsewhere or a pause gets how to say so.
  const why: Words = unclear === 'question' && also.length === 0 ? { key: EditText.removeMeant, vars: { item: quoteOf(item.text) } } : { key: EditText.removeYesOrNoFirst };
  await sayAll(dc.context, session.t, [why]);
  await dc.context.sendActivity(
    questionActivity({ step: position?.step ?? Step.reviewSummary, topic: position?.topic, words, choices: YES_NO }, session.t, { mode: session.mode, stage: position?.stage ?? Stage.review }),
  );
  return { then: 'wait' };
}
