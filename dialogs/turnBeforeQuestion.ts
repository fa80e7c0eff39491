import type { DialogContext, DialogTurnResult } from './dialogKit';
import { answerAmIInTrouble } from './inTroubleAsked';
import { answerEdit } from './editAnywhere';
import { answerConfirm } from './commands';
import { Stage, Step } from './ids';
import { linkCodeTypedLater } from './inviteLater';
import { codeTypedAnywhere, RESUME_CODE_QUESTION } from './resumeCodeAnywhere';
import { besideTheWorry } from './worryTalkTurn';
import { answeredGroomingAsked } from './groomingAnswered';
import { answeredHarmAsked } from './harmAnswered';
import { speaksForThem } from '../src/domain/aboutWhom';
import { takeOfferBack } from './offerBack';
import { helpAskedAnswer } from './helpAskedAnswer';
import { sayAll } from './say';
import { sessionOf } from './session';
import type { ChatHost } from './chatHost';

/*
 * Replies a message may be before it is an answer: a yes or no to the bot's own side question
 * ("Shall I take out ...?"), a resume or invitation code typed anywhere, "am I in trouble?", and
 * words beside a worry just flagged. Read after the safety check and before commands.
 */

/** Done when one of these replies answered the message; else the words left for the open question. */
export async function answeredBeforeTheQuestion(inner: DialogContext, host: ChatHost, text: string, read: { inSafeguarding: boolean; tapped: boolean }): Promise<{ done: DialogTurnResult } | { text: string }> {
  const session = sessionOf(inner.context);
  const { inSafeguarding, tapped } = read;
  if (session.journey.pendingConfirm) return { done: await host.after(inner, await answerConfirm(inner, session, text)) };
  // "Shall I take out ...?" after "delete the hope about Makaton": a yes or no; anything else is read as usual.
  const edited = session.journey.pendingEdit ? await answerEdit(inner, session, text) : null;
  if (edited) return { done: await host.after(inner, edited) };
  // "yes" to "You said: ... Shall I keep that?" after carrying on: their words answer the question.
  const offered = inSafeguarding ? undefined : await takeOfferBack(session, text);
  if (offered !== undefined && session.journey.position) return { done: await host.answerWith(inner, session.journey.position, offered) };
  // "RKQ-HC9-3VV" or "my code is rkq hc9 3vv" at any question: tried as a resume code, never kept as an answer.
  const resumeCode = inSafeguarding || tapped ? undefined : await codeTypedAnywhere(session, text);
  if (resumeCode) return { done: await host.answerWith(inner, RESUME_CODE_QUESTION, resumeCode) };
  // "should i send them?", "will i get in trouble?", "hes waiting" after a note about someone asking for pictures: the plain answer for that.
  if (!inSafeguarding && !tapped && session.journey.position && (await answeredGroomingAsked(inner.context, session, text))) return { done: await host.reprompt(inner) };
  // "is it normal that he shoves me?" after a note about harm from others, bullying, a partner or neglect: no, it is not OK.
  const parent = speaksForThem((await session.draft())?.youngPerson);
  if (!inSafeguarding && !tapped && session.journey.position && (await answeredHarmAsked(inner.context, session, text, parent))) return { done: await host.reprompt(inner) };
  const trouble = await answerAmIInTrouble(inner, host, text, inSafeguarding);
  if (trouble) return { done: trouble };
  // "where do i put that we need physio?", "can i ask for direct payment in this plan?": answered plainly, never kept.
  // At "what help is needed?" itself, it is read as that question's answer.
  const helpAsked = inSafeguarding || tapped || !session.journey.position || session.journey.position.step === Step.outcomeProvides ? undefined : helpAskedAnswer(text);
  if (helpAsked) {
    await sayAll(inner.context, session.t, [helpAsked]);
    return { done: await host.reprompt(inner) };
  }
  // "my code is FA9C-KM3Y" after the welcome: the plan is linked to the key worker; at the end, sharing is asked.
  const linked = inSafeguarding ? undefined : await linkCodeTypedLater(session, text);
  if (linked) {
    await sayAll(inner.context, session.t, linked.say);
    return { done: await (linked.toShare ? host.openAt(inner, { stage: Stage.review, step: Step.reviewShare }) : host.reprompt(inner)) };
  }
  // After a flag: the note objected to, who will be told, the worry told again as help; answered, never kept.
  const leftOfWorry = await besideTheWorry(inner, text, { inSafeguarding, tapped });
  if (leftOfWorry === undefined) return { done: await host.reprompt(inner) };
  return { text: leftOfWorry };
}
