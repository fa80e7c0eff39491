import { asksWhatWasKept, readChatTalk } from './chatTalk';
import { normaliseMessage } from './text';

/*
 * One reading of talk about the chat, the plan or its questions, used wherever the bot must not
 * take a message as content or as a worry: "who sees this plan", "this is not a hope", "delete
 * that", "do i have to answer", "did u get that", "sorry for long message", "can drawing go in
 * the what matters bit". The questions and complaints themselves are read by readChatTalk, which
 * says what they ask; this adds the remarks about the plan that ask nothing the bot answers.
 */

/** Remarks about the plan, its parts or the people who see it. */
const ABOUT_THE_PLAN =
  /\b(?:this|the|my|her|his|their|our)\s+plan\b|\bwho\s+(?:sees?|reads?|can\s+see|will\s+see)\b|\b(?:delete|remove|take\s+out|change|undo|rub\s+out)\s+(?:this|that|it)\b|\bthis\s+is\s+not\s+(?:a\s+|my\s+|the\s+)?(?:hope|need|answer|outcome|goal|what\s+i\s+(?:said|meant))\b|\bnot\s+(?:a\s+)?hope\b|\bi\s+(?:didnt|did\s+not)\s+mean\b|\bnot\s+what\s+i\s+(?:meant|mean|said|wanted)\b|\bsenco\b|\bkey\s+worker\b|\b(?:send|share|email|print)\s+(?:it|this|the\s+plan)\b/;

/**
 * A part moved between the plan's sections: "the cuddly bit shouldnt be in the hard things", "take the
 * hugging thing out of the hard stuff", "move the laughing one from hard things to what people like".
 */
const BETWEEN_SECTIONS =
  /\b(?:shouldnt|should\s+not|doesnt|does\s+not|dont|do\s+not)\s+(?:be|go|belong)\s+(?:in|with|under)\s+(?:the\s+)?(?:hard\s+(?:things?|stuff|bits?|list|section)|needs|problems)\b|\b(?:take|move|put|remove|get)\s+(?:\w+\s+){0,5}?(?:out\s+of|from|off)\s+(?:the\s+)?(?:hard\s+(?:things?|stuff|bits?|list|section)|needs|problems)\b|\b(?:from|out\s+of)\s+(?:the\s+)?hard\s+(?:things|stuff|bits)\s+(?:to|into)\b/;

/** An apology for the message itself ("sorry for long message", "sorry my english not good"). */
const ABOUT_THE_MESSAGE =
  /\bsorry\s+(?:for|about|if|my|4)\s+(?:the\s+|my\s+|this\s+|so\s+|such\s+a\s+)?(?:long|longer|spelling|english|typing|rambling|essay|message|msg|writing|grammar|mistakes?|bad|late|slow|all\s+that|too\s+much)\b/;

/**
 * Where an answer goes or how it is written, said at the read-back: "not add", "it was meant for",
 * "can drawing go in the what matters bit", "capital letter", "i told you". Never a new hope there.
 */
const ABOUT_THE_ANSWERS =
  /\b(?:remove|delete|take (?:it |that |this )?out|get rid|change|fix|wrong|not add|meant for|should (?:go|be|say)|can (?:it|this|that|\w+) go|go in|capital|spelling|mistake|forget it|i dont have|where is|who (?:sees?|will see|can see|reads?)|will (?:\w+ )?(?:see|read|find out)|what mean|what does|do i have to|outcomes?|ehcp?|ehc plan|find out|i said|i told you)\b/;

export interface PlanTalkOptions {
  /** At the read-back, where any word about the answers ("wrong", "i said") is about what was read back. */
  atReadBack?: boolean;
}

/** The message talks about the chat, the plan or its questions, with no answer of its own beside the talk. */
export function talksAboutThePlan(text: string, options: PlanTalkOptions = {}): boolean {
  const said = normaliseMessage(text);
  if (!said) return false;
  const talk = readChatTalk(text);
  if (talk && !talk.answer && (talk.topics.length > 0 || talk.complaint)) return true;
  if (asksWhatWasKept(text) !== null) return true;
  if (ABOUT_THE_PLAN.test(said) || ABOUT_THE_MESSAGE.test(said) || BETWEEN_SECTIONS.test(said)) return true;
  return options.atReadBack === true && (talk !== null || ABOUT_THE_ANSWERS.test(text.toLowerCase()));
}
