import type { DialogContext, DialogTurnResult } from './dialogKit';
import { withoutPuzzledNoise } from '../src/language';
import { withoutHelperLead } from './helperLead';
import type { ChatHost } from './chatHost';
import { isChoiceOfOpenQuestion } from './openQuestion';
import { sessionOf } from './session';
import { isExactChoice, understandChoice } from './understand';
import { BORED_HEARD, CHATTER_HEARD, COMPLAINT_HEARD, COMPLAINT_SORRY, CORRECTION_REPLACED, CORRECTION_UNDONE, CORRECTION_UNDONE_ITEM, LAUGH_HEARD, NAME_CORRECTED, NOTHING_SPLIT, SMALL_TALK_HEARD, WHY_WE_ASK } from './chatTalkKeys';
import type { ChatTalkTurn } from './chatTalkTurn';
import { readBeforeChoices } from './chatTalkFirst';
import { readPutRight } from './chatTalkPutRight';
import { readWordsAndTalk } from './chatTalkHeard';
import { answerQuestionOnly } from './questionOnlyAsked';

export { BORED_HEARD, CHATTER_HEARD, COMPLAINT_HEARD, COMPLAINT_SORRY, CORRECTION_REPLACED, CORRECTION_UNDONE, CORRECTION_UNDONE_ITEM, LAUGH_HEARD, NAME_CORRECTED, NOTHING_SPLIT, SMALL_TALK_HEARD, WHY_WE_ASK };

/*
 * Talk about the chat itself, read before a message reaches the open question: "am I in
 * trouble?", a take-back ("wait no, not that"), an aside ("what do you mean by a step?", "i told u
 * that", "why do u need to know"), small talk ("thanks"), and an answer said beside a question
 * ("is that the measure thing? we'd write it on her chart"). None of it is ever kept as an answer.
 */

export type { ChatHost } from './chatHost';

/**
 * The turn's result when the message was talk about the chat; undefined when it is for the open
 * question (then only the answer part of it is left as the message's text).
 */
export async function readTalkAboutChat(inner: DialogContext, host: ChatHost, typed: string, inSafeguarding: boolean): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  // "huh?? go to a match with my dad": the puzzled noise is heard, never kept; the rest is the message.
  const quiet = inSafeguarding ? typed : withoutPuzzledNoise(typed);
  if (quiet !== typed) inner.context.activity.text = quiet;
  // "mum here: he cooks simple meals with me": who is typing is thanked, never kept in the answer.
  const text = inSafeguarding || session.journey.position?.stage === 'welcome' ? quiet : await withoutHelperLead(inner, quiet);
  // A closed question's own reading wins ("thats not right" at the read-back means change it); an open
  // question's fallback buttons ("Nothing for now") are only matched by a close spelling, which an aside is not.
  const at = session.journey.position;
  const turn: ChatTalkTurn = { inner, host, typed, text, inSafeguarding, session, at, again: (said) => readTalkAboutChat(inner, host, said, inSafeguarding) };
  const first = await readBeforeChoices(turn);
  if (first) return first.result;
  const understood = await isChoiceOfOpenQuestion(inner, text, (typed, question, words) =>
    question.understand ? understandChoice(typed, question, words) !== undefined : isExactChoice(typed, question.choices ?? [], words),
  );
  const exactChoice = await isChoiceOfOpenQuestion(inner, text, (typed, question, words) => isExactChoice(typed, question.choices ?? [], words));
  const putRight = await readPutRight(turn, { understood, exactChoice });
  if (putRight) return putRight.result;
  const heard = await readWordsAndTalk(turn, { understood, exactChoice });
  if (heard || inSafeguarding || exactChoice) return heard;
  // Last of all: a message that is still only a question ("Do you mean for next year, or when I am an
  // adult?", "Did you change hope 2?") is answered, never kept as an answer.
  return answerQuestionOnly(inner, host, inner.context.activity.text ?? text);
}
