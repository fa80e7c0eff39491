import { quoteOf, type TakeBack } from '../src/language';
import { gladItWent, pointsAtOneThing, withoutDenialOf } from '../src/language/takeBack';
import { wasARefusal } from '../src/language/refusedForHope';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { COMPLAINT_HEARD, GLAD_IT_WENT, CORRECTION_REPLACED, CORRECTION_UNDONE, CORRECTION_UNDONE_ITEM, CORRECTION_UNDONE_SKIPPED } from './chatTalkKeys';
import { undoLastAnswer } from './correction';
import { rememberReplaced } from './changeUndone';
import { askWhatIsWrong } from './wrongKept';
import { sayAll, type Words } from './say';
import { sessionOf } from './session';
import { StageDialog } from './stageDialog';
import { askEdit } from './editAnywhere';
import { afterTakenOut } from './afterHopeGone';
import { Stage } from './ids';
import { readChatTalk } from '../src/language/chatTalk';
import { NOT_SAID_AGAIN_HERE } from './chatTalkReply';

/** One sentence, its marks at the end only: "i said no!!", never "i said no. the words are wrong". */
const ONE_SENTENCE = /^[^.!?]+[.!?]*\s*$/;

/*
 * "wait no ...", "i said no. the words are wrong", "delete it", "no not that": what was just kept is
 * taken out (an outcome reopened) and that question asked again. "take it out" after an answer that
 * kept several things takes out only the last of them, and the open question stays open.
 */

/** The turn's result when the take-back was acted on; undefined when the rest of the message is read as talk. */
export async function answerTakeBack(inner: DialogContext, host: ChatHost, text: string, takeBack: TakeBack): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  // "that is better. That one should not be there at all": glad of what just went, so nothing more goes.
  if (gladItWent(text)) {
    await sayAll(inner.context, session.t, [{ key: GLAD_IT_WENT }]);
    return host.reprompt(inner);
  }
  // "that's wrong" just after a hope was kept: take it out, or change the words, is asked.
  const asked = takeBack.rest ? undefined : await askWhatIsWrong(inner, session, text);
  if (asked) return host.after(inner, asked);
  const earlier = await session.draft();
  const openBefore = session.journey.position;
  const undone = await undoLastAnswer(session, { one: !takeBack.rest && pointsAtOneThing(text) });
  if (undone?.stayed && undone.removed[0]) {
    await sayAll(inner.context, session.t, [{ key: CORRECTION_UNDONE_ITEM, vars: { item: quoteOf(undone.removed[0]) } }]);
    // The open question may be about the hope taken out: then the journey goes on without it.
    return host.after(inner, afterTakenOut(undone.before, undone.removedIds ?? [], session.journey.position));
  }
  if (undone) {
    const item = undone.removed[0];
    // "no wait. i dont get tired. i forget to lock the door": the words saying "I get tired" was untrue are no new answer.
    const rest = item && takeBack.rest ? withoutDenialOf(takeBack.rest, item) : takeBack.rest;
    const replaced = rest && item && host.hasStage(undone.position.stage);
    const said: Words = replaced
      ? { key: CORRECTION_REPLACED, vars: { item: quoteOf(item), answer: quoteOf(rest) } }
      : item ? { key: CORRECTION_UNDONE_ITEM, vars: { item: quoteOf(item) } } : { key: CORRECTION_UNDONE };
    // "no i dont really fancy one" kept by mistake, then "i said no": the refusal is done as meant; the question is skipped.
    const active = inner.activeDialog ? inner.findDialog(inner.activeDialog.id) : undefined;
    const refused = !rest && item && wasARefusal(item, text) && active instanceof StageDialog && active.stage === undone.position.stage;
    await sayAll(inner.context, session.t, [refused ? { key: CORRECTION_UNDONE_SKIPPED, vars: { item: quoteOf(item) } } : said]);
    if (refused) return host.after(inner, { then: 'skip' });
    if (!rest || !host.hasStage(undone.position.stage)) return host.openAt(inner, undone.position);
    // "oh wait i read that wrong. for the bike its money": the right answer to the question it corrects.
    const answered = await host.answerWith(inner, undone.position, rest);
    // "you changed the wrong thing", said next, puts this back.
    if (openBefore) await rememberReplaced(session, earlier, openBefore);
    return answered;
  }
  // "Could you take it out please?" with nothing kept at a question that reads a hope back: that hope is meant (taken out after a yes).
  const readBack = !takeBack.rest && pointsAtOneThing(text) && openBefore?.stage === Stage.needs ? earlier?.aspirations.find((a) => a.id === openBefore.topic) : undefined;
  if (readBack) return host.after(inner, await askEdit(inner, session, { action: 'remove', part: { kind: 'hope', place: null, about: null, current: false, id: readBack.id } }));
  // "i said no" after the question was asked again, with nothing kept to take back: the answer said again is the answer.
  const again = !takeBack.rest && openBefore && host.hasStage(openBefore.stage) && ONE_SENTENCE.test(text) ? readChatTalk(text, { restatedIsAnswer: !NOT_SAID_AGAIN_HERE.has(openBefore.step) })?.answer : undefined;
  if (again && openBefore) return host.answerWith(inner, openBefore, again);
  // Nothing was kept to take back: sorry, and the question stays open (what was said beside it is read as talk below).
  if (!takeBack.rest) {
    await sayAll(inner.context, session.t, [{ key: COMPLAINT_HEARD }]);
    return host.reprompt(inner);
  }
  return undefined;
}
