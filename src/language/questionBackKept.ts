import { complaintSentence } from './aside';
import { readQuestionAsked } from './questionAsked';
import { clausesOf, normaliseMessage } from './text';
import { onlySaysUnsure } from './unsure';

/*
 * "thats not lovely i said i dont know. you didnt answer what people": the person asked a question
 * back, the bot took it as their answer, and they say so. What they asked ("what people") is read
 * out, so the question it was about can be explained. Every other sentence must be talk about the
 * chat ("thats not lovely", "i said i dont know", "you dont listen"), so an answer is never lost.
 */

/** "you didnt answer what people", "u never answered my question", "i asked which people". */
const NOT_ANSWERED =
  /^(?:(?:but|and|so|well)\s+)?(?:(?:you|u)\s+(?:still\s+)?(?:didnt|did not|never|havent|have not|dont|do not|not)\s+(?:answered|answer|replied to|reply to)(?:\s+(?:me|to me))?|why\s+(?:dont|didnt|wont|did not|do not)\s+(?:you|u)\s+(?:answer|reply to)(?:\s+(?:me|to me))?|i\s+(?:asked|was asking)(?:\s+(?:you|u))?)(?:\s+(?:\S.*))?$/;
const LEAD_OF_NOT_ANSWERED =
  /^(?:(?:but|and|so|well)\s+)?(?:(?:you|u)\s+(?:still\s+)?(?:didnt|did not|never|havent|have not|dont|do not|not)\s+(?:answered|answer|replied to|reply to)(?:\s+(?:me|to me))?|why\s+(?:dont|didnt|wont|did not|do not)\s+(?:you|u)\s+(?:answer|reply to)(?:\s+(?:me|to me))?|i\s+(?:asked|was asking)(?:\s+(?:you|u))?)\s*/;

/** "my question", "that", "the question": no words of the question back repeated. */
const NO_WORDS = /^(?:(?:my|the|that|this|your|a)\s+)?(?:question|one|bit)?$|^(?:that|this|it)$/;

/** "thats not lovely", "that isnt nice": the bot's praise of words that were no answer. */
const PRAISE_OBJECTED = /^(?:that|thats|that s|that is|it|its|it s|it is|this|this is)\s+(?:not|isnt|is not|wasnt|was not|aint|nt)\s+(?:very\s+|so\s+|really\s+)?(?:lovely|nice|good|great|brilliant|amazing|fine|lovely to hear|nice to hear|good to hear)(?:\s+to\s+hear)?\s*/;

/** "i said i dont know", "i told you idk": their answer was not knowing. */
const SAID_UNSURE = /^(?:i\s+)?(?:already\s+|just\s+)?(?:said|told you|told u|typed|put|wrote)\s+(?:that\s+)?(.+)$/;

function talkAboutTheChat(sentence: string): boolean {
  const rest = sentence.replace(PRAISE_OBJECTED, '').trim();
  if (!rest) return true;
  const said = SAID_UNSURE.exec(rest)?.[1];
  if (said && onlySaysUnsure(said)) return true;
  return rest === sentence ? complaintSentence(sentence) : false;
}

/**
 * What a complaint that a question back went unanswered asked ('' when it only says "my
 * question"), or null when the message is no such complaint.
 */
export function readQuestionBackUnanswered(text: string): { asked: string } | null {
  if (text.length > 200) return null;
  const sentences = clausesOf(text)
    .map((s) => normaliseMessage(s).replace(/\bu\b/g, 'you'))
    .filter(Boolean);
  let asked: string | null = null;
  for (const sentence of sentences) {
    if (asked === null && NOT_ANSWERED.test(sentence)) {
      const rest = sentence.replace(LEAD_OF_NOT_ANSWERED, '').trim();
      if (NO_WORDS.test(rest)) asked = '';
      else if (readQuestionAsked(rest)) asked = rest;
      else return null;
    } else if (!talkAboutTheChat(sentence)) return null;
  }
  return asked === null ? null : { asked };
}
