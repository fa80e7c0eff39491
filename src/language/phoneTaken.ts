import { isEverydayWord } from './nameAnswer';
import { normaliseMessage } from './text';

/*
 * "zain takes my phone": someone named takes their phone, and nothing else is said. From a partner that is
 * control, from a classmate bullying, from a sibling a squabble: the words alone do not say which, so the chat asks
 * gently ("Are you OK?"), and never files it as bullying on a guess. A partner named earlier is read in partnerHarm.ts.
 */
const TAKEN = /^(?:\w+\s+)?(?:always\s+|keeps\s+|still\s+|just\s+)?(?:takes|took|nicks|nicked|grabs|grabbed|snatches|snatched|hides|hid|keeps|kept|has|smashed|smashes|broke|breaks)\s+my\s+(?:phone|mobile|fone)\b(?:\s+(?:off\s+me|from\s+me|away))?(?:\s+(?:all\s+the\s+time|every\s+day|again|a\s+lot|alot|sometimes))?\s*$/;
/** Family and everyday words before it: "mum takes my phone at night" is a house rule, "he" is read elsewhere. */
const NOT_A_PERSON_BY_NAME = /^(?:mum|mam|mom|mummy|dad|daddy|nan|gran|grandad|grandma|brother|sister|bro|sis|teacher|miss|sir|school|staff|carer|he|she|they|it|someone|somebody|my|the|who|that|this|she|then)$/;

/** Whether the whole message is someone named taking their phone ("zain takes my phone"). */
export function tellsOfPhoneTakenByName(text: string): boolean {
  if (text.length > 120) return false;
  const said = normaliseMessage(text).replace(/['’]/g, '').trim();
  const first = said.split(/\s+/)[0] ?? '';
  return TAKEN.test(said) && /^[a-z][a-z-]{1,20}$/.test(first) && !NOT_A_PERSON_BY_NAME.test(first) && !isEverydayWord(first);
}

/** "again", "every day", "keeps", "always": it happens more than once, which is no longer one squabble to ask about. */
const REPEATED = /\b(?:always|keeps|still|all\s+the\s+time|every\s+day|again|a\s+lot|alot|sometimes)\b/;

/**
 * "Zain took my phone off me", once, with nothing else said: asked after gently even when the rules read bullying, since
 * the words do not say who Zain is. Again and again ("takes my phone every day") is read as ever.
 */
export function tellsOfPhoneTakenOnceByName(text: string): boolean {
  return tellsOfPhoneTakenByName(text) && !REPEATED.test(normaliseMessage(text));
}
