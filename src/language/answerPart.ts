import { answerBesideQuestion } from './aside';
import { withoutAnswerLead } from './answerLead';
import { withoutChatterTail } from './chatterTail';
import { withoutGoalRemark } from './goalRemark';
import { withoutSideRemarks } from './sideRemark';

/**
 * The part of a message that answers an open question: without a question to the bot beside it
 * ("is that the measure thing? we'd write it on her chart"), without words that only lead up to it
 * ("anyway the step is ..."), and without chatter beside it ("sorry this is taking ages i got work
 * at 4"), nor a remark about another goal ("but that is already goal 3 no?"), nor a remark after it
 * ("obviously", "my birthdays in march btw"). '' when the message was chatter only.
 */
export function answerPartOf(text: string): string {
  const beside = withoutGoalRemark(answerBesideQuestion(text) ?? text);
  const told = withoutChatterTail(beside);
  return told ? withoutAnswerLead(withoutSideRemarks(told)) : '';
}
