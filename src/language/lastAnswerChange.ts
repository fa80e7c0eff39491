import { normaliseMessage } from './text';

/*
 * "i answered the last one wrong", "wait that last answer was wrong", "can i change what i just said":
 * the person wants to give their last answer again. It is the back command: the question before is
 * asked again with their answer shown, and the new answer takes its place. Only the whole message
 * counts: "i got the last question wrong in my maths test" is an answer, and so is "i want to change
 * what i eat".
 */

const LEAD = String.raw`^(?:(?:wait|oops|whoops|sorry|soz|oh|no|nah|um+|erm+|hmm+|hang on|hold on|ok|okay|actually|my bad|uh oh)\s+)*`;
const TAIL = String.raw`(?:\s+(?:sorry|soz|lol|oops|please|pls|plz|then|now|again|there|back there|by mistake|by accident))*$`;

/** The answer pointed at: "the last one", "my last answer", "what i just said", "that". */
const LAST = String.raw`(?:(?:the|my|that)\s+(?:very\s+)?(?:last|previous|other)\s+(?:one|answer|question|bit|thing)(?:\s+i\s+(?:gave|said|put|wrote|typed))?|what\s+i\s+(?:just\s+|last\s+)?(?:said|put|wrote|typed|answered)(?:\s+(?:before|last))?|my\s+answer(?:\s+to\s+(?:the|that)\s+(?:last|previous)\s+(?:one|question))?)`;
const WRONG = String.raw`(?:wrong|rong|wrongly|incorrectly|not\s+right|a\s+mistake)`;
const CHANGE = String.raw`(?:change|chnage|chang|redo|re\s+do|fix|edit|correct|put\s+right|answer|do)`;

const ASKS: readonly RegExp[] = [
  // "i answered the last one wrong", "i got my last answer wrong", "i put the last one wrong"
  new RegExp(`${LEAD}i\\s+(?:answered|answerd|got|put|did|typed|wrote|said)\\s+${LAST}\\s+${WRONG}${TAIL}`),
  // "that last answer was wrong", "my last answer is wrong", "the last one i gave was a mistake"
  new RegExp(`${LEAD}${LAST}\\s+(?:was|is|were|s)\\s+(?:all\\s+|totally\\s+|completely\\s+)?${WRONG}${TAIL}`),
  // "can i change what i just said", "i want to change my last answer", "let me redo the last one"
  new RegExp(`${LEAD}(?:(?:can|could|may)\\s+(?:i|we|you\\s+let\\s+me)|i\\s+(?:want|wanna|need|would\\s+like|d\\s+like)\\s+to|id\\s+like\\s+to|let\\s+me|please\\s+can\\s+i|pls\\s+can\\s+i)\\s+(?:just\\s+|quickly\\s+)?${CHANGE}\\s+${LAST}${TAIL}`),
];

/** Whether the whole message asks to give the last answer again (it was wrong, or they want to change it). */
export function asksToChangeLastAnswer(text: string): boolean {
  if (text.length > 120) return false;
  const said = normaliseMessage(text).replace(/[?!.]+$/g, '').trim();
  return ASKS.some((re) => re.test(said));
}
