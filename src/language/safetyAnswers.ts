import { withoutDeniedHarm } from './harmDenied';
import { deniesTheWorry } from './deniedWorry';
import { correctsAnEarlierAnswer } from './noWithInstruction';
import { hasNegation, normaliseReply, readPolarity } from './polarity';
import { someoneDoesToThem } from './someoneDoesToThem';

/*
 * Replies to the questions about safety: "Are you safe right now?" after something worrying,
 * "carry on with your plan, or stop for now?" after the safety words, and "Do you feel safe at
 * home, at school and online?". Each reader answers only when the reply clearly answers it.
 */

export type SafetyAnswer = 'safe' | 'not_safe' | 'not_sure';

const NOT_SURE = /\b(?:not (?:really |too |so |that )?sure|unsure|dont know|do not know|dont no|dunno|idk|no idea|maybe|perhaps|hard to say|cant tell|cannot tell|can not tell|dont really know)\b/;

/** "Are you safe right now?" after something worrying: safe, not safe, or not sure. */
export function readSafetyCheck(text: string): SafetyAnswer | undefined {
  const plain = normaliseReply(text);
  if (!plain) return undefined;
  if (NOT_SURE.test(plain)) return 'not_sure';
  if (/^(?:please )?help\b/.test(plain)) return 'not_safe';
  // "ugh no im not being bullied", "i didnt mean that": the worry was misheard, which is a "yes, I'm safe".
  if (deniesTheWorry(text)) return 'safe';
  if (/^(?:yes |yeah |yep )?(?:im|i am|i feel|feel|were|we are) (?:ok|okay|fine|alright|safe|good)\b/.test(plain)) return 'safe';
  // "im knackered but were fine, nobody is in danger": tired, not unsafe; danger denied is no danger.
  const denied = plain.replace(/\b(?:nobody|no one|noone|none of us|not|never)(?: is| s| are| was| were| been)? (?:in danger|unsafe|at risk|hurt|scared)\b/g, ' ');
  const reassures = denied !== plain || /\b(?:were|we are|were all|we re|im|i am|hes|he is|shes|she is|all|everyone is|everyones) (?:ok|okay|fine|alright|safe|good)\b/.test(plain);
  if (reassures && !/\b(?:not safe|unsafe|scared|frightened|dont feel safe|not ok|not okay|help me|need help)\b/.test(denied)) return 'safe';
  if (/\b(?:not safe|unsafe|in danger|scared|frightened|dont feel safe|do not feel safe|isnt safe|is not safe|arent safe|not ok|not okay|not alright|help me|need help|(?:nobody|no one|noone|nowhere)(?: is| s| feels?)? (?:safe|ok|okay))\b/.test(denied)) return 'not_safe';
  const { answer } = readPolarity(text);
  if (answer === 'no') return 'not_safe';
  if (answer === 'notSure') return 'not_sure';
  if (answer === 'yes') return 'safe';
  // "who is the safe adult" asks about a person: "safe" there is no answer.
  if (/\b(?:safe(?!\s+(?:adult|adults|person|people|grown\s*ups?|staff|one)\b)|fine|ok|okay|alright|all good|good)\b/.test(plain) && !hasNegation(plain)) return 'safe';
  return undefined;
}

export type CarryOnAnswer = 'carry_on' | 'stop';

const CARRY_ON = /\b(?:carry on|carry|keep going|keep goin|keep on|continue|contiune|go on|lets (?:do|go|keep|finish)|do the plan|get on|crack on|on we go|move on|resume|more questions)\b/;
const STOP_FOR_NOW = /\b(?:stop|stopping|pause|break|later|another (?:day|time)|tomorrow|next time|no more|leave it|not now|tired|for today|for now|another go|rest|enough|bye|go now|quit|end)\b/;

/** "no i dont want to stop", "im not stopping": a no to stopping, which is carrying on. */
export const NOT_STOPPING = /\b(?:dont|do not|not|never|wont|will not)\s+(?:want to\s+|wanna\s+|need to\s+|have to\s+|going to\s+|gonna\s+)?(?:stop|stopping|pause|quit)\b/;

/**
 * After the safety words: carry on with the plan, or stop for now. A bare "no" answers neither
 * (no to carrying on, or no to stopping?): undefined, so the question can ask which they mean.
 */
export function readCarryOn(text: string): CarryOnAnswer | undefined {
  const plain = normaliseReply(text);
  if (!plain) return undefined;
  const carry = CARRY_ON.exec(plain);
  // "no, keep going" is a no to stopping: only "dont", "cant" or "not" before it take carrying on back.
  const negatedCarry = /\b(?:dont|do not|cant|cannot|not)\s+(?:want to\s+|wanna\s+)?(?:carry|keep|continue|go on)\b/.test(plain);
  if (carry && !negatedCarry) return 'carry_on';
  if (NOT_STOPPING.test(plain) && !negatedCarry) return 'carry_on';
  if (STOP_FOR_NOW.test(plain) || negatedCarry) return 'stop';
  const { answer } = readPolarity(text);
  if (answer === 'yes') return 'carry_on';
  return undefined;
}

export type SafeAnswer = 'yes' | 'not_always' | 'rather_not_say';

/** "no worries", "never had a problem": a no that says all is well, taken out before looking for a no. */
function withoutReassurance(plain: string): string {
  return plain.replace(/\b(?:no|not any|never any|(?:never|dont|do not) (?:had|have|get) (?:a |any )?) ?(?:worries|worry|problems?|issues?|concerns?|trouble)\b|\bnothing to worry about\b|\bnot worried\b|\b(?:dont|do not|never) worry\b/g, ' ');
}

/** Words that say something about being safe, and so may qualify a yes said before them. */
const SAFETY_TALK =
  /\b(?:safe|unsafe|scared|scary|afraid|frightened|worried|worry|bull\w*|picked on|mean|hurt\w*|hit|home|school|online|internet|street|bus|park|college|outside|except|apart from|but|sometimes|not always|not really|people|someone|somebody|they|them)\b/;

/** "pass", "ill pass on this one": the whole message, so "older boys take my bus pass" is never a pass. */
const PASS = /^(?:(?:i|ill|i will|i ll|can i|i want to)\s+)?pass(?:\s+(?:on\s+(?:this|that|it)(?:\s+one)?|please|thanks|for\s+now))*$/;

/** "Do you feel safe at home, at school and online?": yes, not always, or rather not say. */
export function readFeelSafe(text: string): SafeAnswer | undefined {
  const plain = normaliseReply(text);
  // "no dont add that. i ment change brakes to breaks": about the answer before, read by the shared reader.
  if (!plain || correctsAnEarlierAnswer(text)) return undefined;
  // "actually no wait i want to say something else": a "no" that takes back what they were saying, not an answer.
  const takeBack = /^(?:actually |oh |um |umm |hmm |sorry )*no+ wait\b[\s,.!]*/i.exec(text.trim());
  if (takeBack) return readFeelSafe(text.trim().slice(takeBack[0].length));
  // "its not dangerous just annoying when the man next door waits for me": someone doing something to them is never a yes.
  if (someoneDoesToThem(text)) return 'not_always';
  // "Yes he does. Sorry, that last bit was not an answer to your question": a clear yes first, and
  // what follows says nothing of being safe, so it does not turn the yes around.
  const sentences = text.trim().split(/(?<=[.!?])\s+/);
  if (sentences.length > 1 && readFeelSafe(sentences[0]!) === 'yes' && !SAFETY_TALK.test(normaliseReply(sentences.slice(1).join(' ')))) return 'yes';
  if (/\b(?:rather not|prefer not|(?:dont|do not) (?:want|wanna|really want)(?: to)? (?:say|talk|answer|tell|go into|discuss)|(?:keep|keeping) (?:it|that|this) to (?:myself|ourselves|himself|herself)|not comfortable (?:answering|saying|talking|sharing|telling)|not something (?:i|we|he|she) (?:want|wants) to|not telling|wont say|private(?! (?:messages?|parts?|chats?|pictures?|pics|photos?|dms?))|no comment|none of your business|skip)\b/.test(plain) || PASS.test(plain)) return 'rather_not_say';
  // "That is not unsafe, it is just loud": harm named only to deny it says nothing against the yes.
  const reassured = withoutReassurance(withoutDeniedHarm(plain)).replace(/\s+/g, ' ').trim();
  // "home yes, school no", "only at home": safe in one place, not in another.
  if (/\b(?:yes|yeah|yep|ok|fine|safe|good)\b.*\b(?:no|nope|nah)\b|\b(?:no|nope|nah)\b.*\b(?:yes|yeah|yep)\b|\bonly (?:at|in|when|online|with)\b|\bnot everywhere\b|\b(?:home|school|online|college|outside|bus|park|internet|street)\b.*\b(?:no|nope|nah|not)\b|\b(?:are|is|being|get|gets) (?:\w+ )?mean\b/.test(reassured)) return 'not_always';
  if (/\b(?:not always|not all the time|not really|not so much|not much|not great|not good|sometimes|some days|some times|at times|mostly|not (?:at|on|online|in|when|with)|(?:dont|doesnt|does not|do not) (?:always )?feel safe|not safe|unsafe|scared|scary|afraid|frightened|worried|worr(?:y|ies)|horrible|nasty|cruel|anxious|bull(?:y|ied|ies|ying)|picked on|mean to|hurts?|unkind|isnt|arent|is not|are not|(?:i|he|she|they) (?:dont|doesnt)$|except|apart from|but not|kinda|kind of|sort of|not very)\b/.test(reassured)) return 'not_always';
  const { answer, rest } = readPolarity(text);
  if (answer === 'no') return reassured.trim() ? 'not_always' : 'yes';
  if (answer === 'yes') return hasNegation(withoutReassurance(withoutDeniedHarm(normaliseReply(rest)))) ? 'not_always' : 'yes';
  if (answer === 'notSure') return 'not_always';
  if (/\b(?:safe|fine|ok|okay|all good|good)\b/.test(plain) && !hasNegation(reassured)) return 'yes';
  if (reassured !== plain && !hasNegation(reassured)) return 'yes';
  return undefined;
}
