import { alsoNumbered } from '../src/language/alsoNumbered';
import { STOP_OFFERED } from './outcomeStop';
import { onlyLaughter } from '../src/language/chatter';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import { answerBesideAside, readAside, saysTheyAreBored } from '../src/language';
import { answerPartOf } from '../src/language/answerPart';
import { answerBesideComplaint } from '../src/language/sideRemark';
import { passingRemark } from '../src/language/passingRemark';
import { isOwnApology } from '../src/language/smallTalk';
import { runCommand } from './commands';
import { Step } from './ids';
import type { Position } from './journey';
import { smallTalkAtOpenQuestion } from './openQuestion';
import { remarkHeardAtYesNo } from './remarkHeard';
import { laughedStoryHeard } from './laughedStoryHeard';
import { defenceHeard } from './notTheirFault';
import { sayAll } from './say';
import { sessionOf } from './session';
import { noWithRequestAtReview } from './chatTalkReadings';
import type { ChatHost } from './chatTalk';
import { complaintHeardWords } from './complaintHeard';
import { APOLOGY_HEARD, BORED_HEARD, CHATTER_HEARD, COMPLAINT_HEARD, COMPLAINT_SORRY, LAUGH_HEARD, REMARK_HEARD, SMALL_TALK_HEARD, THINKING_HEARD, WHY_WE_ASK } from './chatTalkKeys';

/*
 * What is left once talk about the chat is read: an aside ("why do u need to know"), an apology, a
 * passing remark, small talk or chatter beside the question. Each is heard kindly and never kept;
 * what answers the question is left as the message's text.
 */

/** The turn's result when the message was a remark beside the question; undefined when it answers it. */
export async function readRemarkBeside(inner: DialogContext, host: ChatHost, text: string, read: { understood: boolean; inSafeguarding: boolean; at: Position | undefined }): Promise<DialogTurnResult | undefined> {
  const { understood, inSafeguarding, at } = read;
  const session = sessionOf(inner.context);
  const welcome = session.journey.position?.stage === 'welcome';
  // At the welcome a word or two is a whole answer (a name, an age), so it is never taken as talk beside an aside.
  const aside = understood || inSafeguarding || !session.journey.position || noWithRequestAtReview(at?.stage, text) ? null : readAside(text, { shortAnswers: welcome });
  if (aside) {
    // "wats a key worker?? idk no": the question is answered, and the "no" beside it is the answer.
    // "u already asked that. fidget stuff": sorry, and the answer beside the complaint is kept without it.
    const beside = welcome ? null : (answerBesideAside(text) ?? (aside === 'complaint' ? answerBesideComplaint(text, { askedWhatIsHard: at?.step === Step.needsBarrier || at?.step === Step.needsMore }) : null));
    const said = aside === 'why' ? WHY_WE_ASK : aside === 'complaint' ? (beside ? COMPLAINT_SORRY : saysTheyAreBored(text) ? BORED_HEARD : COMPLAINT_HEARD) : undefined;
    // "I haven't kept that" just after an answer was kept: the sorry says what is kept.
    if (said) await sayAll(inner.context, session.t, [said === COMPLAINT_HEARD ? await complaintHeardWords(session) : { key: said }]);
    else if (!beside) return host.after(inner, await runCommand(inner, session, 'help'));
    else await runCommand(inner, session, 'help');
    // Told "Just say stop", a stop that follows means the chat, never "which do you mean?".
    if (said === BORED_HEARD) await session.updateJourney((j) => (j.position ? { ...j, position: { ...j.position, data: { ...j.position.data, [STOP_OFFERED]: '1' } } } : j));
    const position = session.journey.position;
    if (beside && position && host.hasStage(position.stage)) return host.answerWith(inner, position, beside);
    return host.reprompt(inner);
  }
  // "sorry for all my moaning": no apology needed; never kept as an answer, and the same question again.
  if (!understood && !inSafeguarding && !welcome && isOwnApology(text)) {
    await sayAll(inner.context, session.t, [{ key: APOLOGY_HEARD }]);
    return host.reprompt(inner);
  }
  // "I hadn't thought of that", "She's only six": a remark beside the question, heard kindly and never kept.
  const remark = !understood && !inSafeguarding && !welcome ? passingRemark(text) : null;
  if (remark) {
    await sayAll(inner.context, session.t, [{ key: remark === 'thinking' ? THINKING_HEARD : REMARK_HEARD }]);
    return host.reprompt(inner);
  }
  // "biscuit ate mi sok yesterday lol" at a question about a hope: a story beside it, smiled at and never kept.
  if (!understood && !inSafeguarding && !welcome && (await laughedStoryHeard(inner, text))) return host.reprompt(inner);
  // "That's lovely to hear", "thanks", "ok cool" at a question wanting their words: kindly heard, never kept.
  if (!understood && !inSafeguarding && !welcome && (await smallTalkAtOpenQuestion(inner, text))) {
    await sayAll(inner.context, session.t, [{ key: onlyLaughter(text) ? LAUGH_HEARD : SMALL_TALK_HEARD }]);
    return host.reprompt(inner);
  }
  // "omg my nan just made chips lol" at "another hope?": neither yes, no nor a hope; heard kindly, never kept.
  if (!understood && !inSafeguarding && (await remarkHeardAtYesNo(inner, text))) return host.reprompt(inner);
  // A parent's "its not his fault": no answer to the open question, nor to one before it; heard kindly, never kept.
  if (!understood && !inSafeguarding && !welcome && (await defenceHeard(inner, text))) return host.reprompt(inner);
  // "is that the measure thing? ...", "anyway the step is ...", "... sorry this is taking ages": only the answer part.
  // "and outcome 7 too" at the read-back names one more part to change: all of it is the answer.
  const answer = understood || inSafeguarding || welcome || alsoNumbered(text) ? text : answerPartOf(text);
  if (!answer) {
    await sayAll(inner.context, session.t, [{ key: CHATTER_HEARD }]);
    return host.reprompt(inner);
  }
  if (answer !== text) inner.context.activity.text = answer;
  return undefined;
}
