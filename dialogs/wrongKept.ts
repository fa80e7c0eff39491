import { readNotNewWords } from '../src/language/notNewWords';
import { markItemChanged, removeItems, replaceItemText } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { hopeWords } from '../src/language/hopeWords';
import { onlySaysWrong, pointsAtOneThing, saysUndo } from '../src/language/takeBack';
import type { AfterCommand } from './commands';
import { understandYesNo } from './closedReplies';
import { keptAt, undoLastAnswer } from './correction';
import type { DialogContext } from './dialogKit';
import { EditText } from './editAnywhere';
import { Stage } from './ids';
import { steppedBack } from './journey';
import { forgetAnswered } from './removeParts';
import { afterTakenOut } from './afterHopeGone';
import { questionActivity, sayAll, type Choice, type Words } from './say';
import type { JourneySession } from './session';

/*
 * "that's wrong", "thats not right" just after a hope was kept: the bot asks what is wrong, take it
 * out or change the words (tapped or typed), and does that. "undo" just after takes the hope out and
 * says so. Nothing goes unless the person says so.
 */

export const WrongKeptText = {
  ask: 'common:wrongKept.ask',
  takeOut: 'common:wrongKept.takeOut',
  changeWords: 'common:wrongKept.changeWords',
  newWords: 'common:wrongKept.newWords',
  undone: 'common:wrongKept.undone',
} as const;

const TAKE_OUT = 'takeOut';
const CHANGE = 'change';
const CHOICES: readonly Choice[] = [
  { value: TAKE_OUT, labelKey: WrongKeptText.takeOut },
  { value: CHANGE, labelKey: WrongKeptText.changeWords },
];

/** "take it out", "delete it", "1": out; "change the words", "change it", "2": new words asked for. */
const SAYS_TAKE_OUT = /^(?:1|one|(?:please\s+|pls\s+|just\s+)?(?:take\s+(?:it\s+|that\s+)?out|remove|delete|get\s+rid|bin|scrap)\b.*)$/i;
const SAYS_CHANGE = /^(?:2|two|(?:please\s+|pls\s+|just\s+)?(?:change|reword|edit|fix|correct)\b(?:\s+(?:it|that|the\s+words|them|the\s+words\s+please|please|pls))*)$/i;
/** "change it to learn to swim in the sea": the new words said with the choice. */
const CHANGE_TO = /^(?:please\s+|pls\s+|just\s+)?(?:change|put|make)\s+(?:it|that|the\s+words)\s+(?:to|say|into|as)\s*:?\s+(.+)$/i;

/** "my hope is ...", as the bot asks new words to be typed. */
const MY_HOPE_IS = /^(?:ok(?:ay)?[\s,]+)?my\s+hope\s+is(?:\s+that)?[\s:,-]+(\S.*)$/is;

/**
 * The one hope the last answer kept, if that is all it kept: the newest hope, kept by the question
 * before or (after "yes, the france trip" at "another hope?") by the open question itself.
 */
async function lastKeptHope(session: JourneySession): Promise<{ id: string; text: string } | undefined> {
  const draft = await session.draft();
  const newest = draft?.aspirations.at(-1);
  const back = steppedBack(session.journey)?.position;
  if (!newest) return undefined;
  for (const at of [session.journey.position, back]) {
    if (at?.stage !== Stage.hopes) continue;
    const kept = await keptAt(session, at);
    if (kept.length === 1 && kept[0]!.id === newest.id) return { id: newest.id, text: newest.text };
  }
  return undefined;
}

/** Asks what to do with the hope just kept, when the message only said it was wrong. */
export async function askWhatIsWrong(dc: DialogContext, session: JourneySession, text: string): Promise<AfterCommand | undefined> {
  if (!onlySaysWrong(text)) return undefined;
  const hope = await lastKeptHope(session);
  const position = session.journey.position;
  if (!hope || !position) return undefined;
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: hope.id, choose: 'wrong' } }));
  await ask(dc, session, { key: WrongKeptText.ask, vars: { item: quoteOf(hope.text) } }, CHOICES);
  return { then: 'wait' };
}

/** "undo" just after a hope was kept: it is taken out, the bot says so, and that question is asked again. */
export async function undoneHope(session: JourneySession, text: string): Promise<{ say: Words; after: AfterCommand } | undefined> {
  if (!saysUndo(text) || !(await lastKeptHope(session))) return undefined;
  const undone = await undoLastAnswer(session);
  const item = undone?.removed[0];
  if (!undone || !item) return undefined;
  return { say: { key: WrongKeptText.undone, vars: { item: quoteOf(item) } }, after: { then: 'openAt', position: undone.position } };
}

/** The reply to "take it out, or change the words?" or to "what should it say?"; null when it is neither (read as usual). */
export async function answerWrongKept(dc: DialogContext, session: JourneySession, text: string, pending: { itemId: string; choose: 'wrong' | 'words' }): Promise<AfterCommand | null> {
  const hope = (await session.draft())?.aspirations.find((a) => a.id === pending.itemId);
  if (!hope) return null;
  const said = text.trim();
  const changeTo = pending.choose === 'words' ? said : CHANGE_TO.exec(said)?.[1];
  // "leave it as it is, dont change it" where the new words are asked: nothing changes.
  if (understandYesNo(said) === 'no' || (pending.choose === 'words' && readNotNewWords(said)?.kind === 'keep')) {
    await sayAll(dc.context, session.t, [{ key: EditText.keptAsItWas }]);
    return { then: 'reprompt' };
  }
  // "my hope is he can talk, even a few words. and go to nursery", as the bot asked: the new words replace it.
  const labelled = MY_HOPE_IS.exec(said)?.[1];
  if (labelled && !changeTo) {
    // While the hopes are asked, it goes and the words are read as the answer, so each hope in them is kept.
    if (session.journey.position?.stage === Stage.hopes) {
      await session.updateDraft('changed in the chat', (d) => removeItems(d, [hope.id]));
      await forgetAnswered(session, [hope.id]);
      await sayAll(dc.context, session.t, [{ key: EditText.removed, vars: { item: quoteOf(hope.text) } }]);
      return null;
    }
    const words = hopeWords(labelled) || labelled;
    await session.updateDraft('changed in the chat', (d) => markItemChanged(replaceItemText(d, hope.id, words), hope.id, session.today));
    await sayAll(dc.context, session.t, [{ key: EditText.changed, vars: { text: quoteOf(words) } }]);
    return { then: 'reprompt' };
  }
  if (changeTo) {
    const words = hopeWords(changeTo) || changeTo;
    await session.updateDraft('changed in the chat', (d) => markItemChanged(replaceItemText(d, hope.id, words), hope.id, session.today));
    await sayAll(dc.context, session.t, [{ key: EditText.changed, vars: { text: quoteOf(words) } }]);
    return { then: 'reprompt' };
  }
  if (said === TAKE_OUT || SAYS_TAKE_OUT.test(said) || pointsAtOneThing(said)) {
    const before = await session.draft();
    await session.updateDraft('taken out in the chat', (d) => removeItems(d, [hope.id]));
    await forgetAnswered(session, [hope.id]);
    await sayAll(dc.context, session.t, [{ key: EditText.removed, vars: { item: quoteOf(hope.text) } }]);
    // The question open may be about this very hope ("Your hope is: ..."): then the journey goes on without it.
    return afterTakenOut(before, [hope.id], session.journey.position);
  }
  if (said === CHANGE || SAYS_CHANGE.test(said)) {
    await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: hope.id, choose: 'words' } }));
    await ask(dc, session, { key: WrongKeptText.newWords }, []);
    return { then: 'wait' };
  }
  return null;
}

async function ask(dc: DialogContext, session: JourneySession, words: Words, choices: readonly Choice[]): Promise<void> {
  const position = session.journey.position;
  if (!position) return;
  await dc.context.sendActivity(questionActivity({ step: position.step, topic: position.topic, words, choices }, session.t, { mode: session.mode, stage: position.stage }));
}
