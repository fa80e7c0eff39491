import { normaliseMessage } from './text';

/*
 * Asking to add a hope after the hopes questions are past: "hang on I've got another one, go back",
 * "no, but can I add another hope now", "i forgot a dream". `named`: the word hope (or dream, wish)
 * is said; without it ("I've got another one") the message only means a hope just after the hopes.
 */

const HOPE = String.raw`(?:hopes?|dreams?|wish(?:es)?|aspirations?)`;

/** "can I add another hope now", "i have another dream", "i forgot a hope", "one more hope". */
const NAMED = new RegExp(String.raw`\b(?:(?:can|could|may)\s+(?:i|we)\s+(?:still\s+)?|(?:i|we)\s+(?:want|wanna|would\s+like|d\s+like|need)\s+to\s+|let\s+me\s+|lets\s+)?(?:add|put\s+in|say|have|got|ve\s+got|have\s+got|forgot|missed|thought\s+of)\s+(?:a|an|another|one\s+more|1\s+more|one|more|an\s+other|other|a\s+new|new|an\s+extra|extra)\s+(?:new\s+|more\s+|other\s+|extra\s+)?${HOPE}\b|\b(?:another|one\s+more|1\s+more)\s+${HOPE}\b`);

/** "I've got another one, go back", "i forgot one. can we go back": only just after the hopes. */
const UNNAMED = /\b(?:(?:i\s*ve|i\s+have|i\s+got|ive|got|theres|there\s+is)\s+(?:got\s+)?(?:another|one\s+more|1\s+more)(?:\s+one)?|(?:i\s+)?forgot\s+(?:one|1|another|something))\b/;
const GO_BACK = /\b(?:go|going|come|get)\s+back\b|\bback\s+to\s+(?:the\s+)?hopes?\b/;

/** Not a request to add one: "another hope of mine is to drive" is the hope itself, read where hopes are. */
const NOT_ASKED = /\b(?:dont|do\s+not|no\s+more|not)\s+(?:want\s+to\s+|need\s+to\s+)?(?:add|have|got)\b|\b(?:said|say)\s+no\b|\bno\s+to\b/;

/** Whether the message asks to add a hope now; `justAfterHopes` lets "I've got another one, go back" count. */
export function asksToAddHope(text: string, justAfterHopes: boolean): boolean {
  if (text.length > 200) return false;
  const said = normaliseMessage(text);
  if (!said || NOT_ASKED.test(said)) return false;
  if (NAMED.test(said)) return true;
  return justAfterHopes && UNNAMED.test(said) && GO_BACK.test(said);
}

/**
 * "add it now", "add at the end", "yes please add it": said just after the bot offered to add a hope
 * it did not have. Read only then; "add more time", "he cant add up" or "add that he gets tired" are
 * never this.
 */
const ADD_IT =
  /^(?:(?:yes|yeah|yep|ok|okay|right|please|then)\s+)*(?:(?:can|could|would|will)\s+(?:you|we)\s+(?:please\s+)?|please\s+|let\s*s\s+|(?:(?:i|we)\s+(?:would|will)|id|wed|ill|well)\s+(?:like\s+to\s+|prefer\s+to\s+)?|(?:i|we)\s+(?:want|wish)\s+to\s+)?(?:add|put|include)(?:\s+(?:it|that|this|that\s+one|the\s+one|one|the\s+hope|that\s+hope|my\s+hope))?(?:\s+in)?(?:\s+(?:now|please|then|here|later|after|afterwards|straight\s+away|right\s+away|right\s+now|at\s+the\s+end|in\s+at\s+the\s+end|at\s+the\s+end\s+then|when\s+we\s+check(?:\s+everything)?))*(?:\s+(?:please|thank\s+you|thanks))*$/;

export function saysAddIt(text: string): boolean {
  if (text.length > 120) return false;
  const said = normaliseMessage(text);
  return Boolean(said) && ADD_IT.test(said);
}
