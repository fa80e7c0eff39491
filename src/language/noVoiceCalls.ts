import { normaliseMessage } from './text';

/*
 * Someone who is deaf, uses sign language, or says they cannot use a phone to talk ("me deaf cant
 * call phone", "i use BSL", "i cant hear on the phone") needs help they can reach without a voice
 * call: a chat online, a text line, 999 by text, 999 in sign language, or a relay service. This is
 * more than finding calls hard (phonesHard.ts): a voice line is no help to them at all.
 */

/** Said of themselves: "me deaf", "im profoundly deaf", "i use BSL", "i wear hearing aids"; never "my friend is deaf". */
const DEAF =
  /\b(?:i\s+am|im|i\s+m|me|am|i\s+was|i\s+have|i\s+use|i\s+wear|i\s+need|use|using|need|with)\s+(?:\w+\s+){0,2}?(?:deaf|deafblind|hard\s+of\s+hearing|hearing\s+impair(?:ed|ment)|cochlear|hearing\s+aids?|bsl|british\s+sign\s+language|sign\s+language|(?:a\s+|an\s+)?(?:bsl\s+|sign\s+language\s+)?interpreter)\b/;

/** "cant call phone", "cannot use the phone", "i cant hear on the phone", "cant talk on phone". */
const NO_VOICE_CALL =
  /\b(?:cant|cannot|can\s+not|unable\s+to|not\s+able\s+to|dont|never)\s+(?:(?:call|ring|phone|use|hear|talk|speak)\s+(?:on\s+|in\s+|with\s+|to\s+)?(?:a\s+|the\s+|my\s+)?(?:phone|phones|telephone|calls?))\b/;

/**
 * Not talking at all, or not to people they do not know: "i dont talk", "i cant phone ppl", "i have selective
 * mutism", "im non verbal". Never "i dont talk about it", "i dont talk to my dad", "i cant talk right now".
 */
const DOES_NOT_TALK =
  /\b(?:i\s+(?:dont|do\s+not|cant|cannot|can\s+not)\s+(?:really\s+)?(?:talk|speak)(?!\s+(?:about|with|to|right|now|rn|atm|at|here|long|much|english|properly|loud)\b)|i\s+(?:dont|do\s+not|cant|cannot|can\s+not)\s+(?:really\s+)?(?:talk|speak|phone|call|ring)\s+(?:to\s+)?(?:people|ppl|anyone|anybody|strangers|ppl\s+i\s+dont\s+know|people\s+i\s+dont\s+know)\b|(?:im|i\s+am|i\s+m)\s+(?:non\s*verbal|nonverbal|mute|selectively\s+mute)|selective(?:ly)?\s+mut(?:ism|e))\b/;

/** Whether anything they said tells that a voice call is no way for them to get help. */
export function cannotMakeVoiceCalls(said: readonly string[]): boolean {
  return said.some((text) => {
    const words = normaliseMessage(text);
    return DEAF.test(words) || NO_VOICE_CALL.test(words) || DOES_NOT_TALK.test(words);
  });
}
