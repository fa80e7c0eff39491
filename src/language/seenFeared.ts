import { normaliseMessage, sentencesOf } from './text';

/*
 * Two things said after a worry at home was noted, often in one message (Leon, 20, about his mum's partner):
 * "if mum shows him that hes gonna go mad. can u take the craig stuff out".
 * - Fear of what someone will do if they see what was said ("hes gonna go mad", "he'll kill me if he sees this",
 *   "she'll kick off if she reads it"): heard, never kept as an answer.
 * - Everything about one person taken out ("take the craig stuff out", "delete everything about my stepdad",
 *   "take out the bits about kev"): every part of the draft naming them, not only the name.
 * Read on allow-lists of whole phrasings, sentence by sentence, so the rest of the message is left to answer.
 */

const WHO = String.raw`(?:he|she|they|hes|shes|theyll|hell|shell|hed|shed|[a-z]{2,20})`;
const REACTS = String.raw`(?:go\s+(?:mad|mental|crazy|nuts|spare|off\s+on\s+me|ape)|kill\s+me|kick\s+off|lose\s+it|flip(?:\s+out)?|hit\s+me|batter\s+me|hurt\s+me|beat\s+me|throw\s+me\s+out|kick\s+me\s+out|do\s+something)`;
/** "hes gonna go mad", "he'll kill me", "she would kick off", "craig will lose it". */
const REACTION = new RegExp(
  String.raw`\b${WHO}\s*(?:(?:is|will|would|ll|d)\s+)?(?:gonna|going\s+to|will|would|ll|d|is\s+gonna|is\s+going\s+to)?\s*${REACTS}\b|\b(?:hell|shell|theyll|hed|shed|hes\s+gonna|shes\s+gonna|hes\s+going\s+to|shes\s+going\s+to)\s+${REACTS}\b`,
);
/** What they fear is seen is what they said here: "if mum shows him that", "if he sees this", "if craig finds out". */
const THIS = String.raw`(?:this|that|it|these|the\s+(?:plan|draft|chat|note|messages?)|my\s+(?:plan|draft|chat|messages?)|this\s+(?:plan|chat)|what\s+i\s+(?:said|wrote|put|typed))`;
const SEEN = new RegExp(
  String.raw`\b(?:(?:see|sees|saw|read|reads|hears?\s+about|gets?\s+hold\s+of|knows?\s+about)\s+${THIS}|(?:shows?|showed)\s+(?:him|her|them|[a-z]{2,20})\s+${THIS}|(?:finds?|found)\s+out(?:\s+about\s+${THIS})?(?=\s+(?:hes|shes|hell|shell|theyll|he|she|they|[a-z]{2,20}\s+(?:will|would|is))\b|\s*$))`,
);

/** Whether the message fears what someone will do if they see what was said here. */
export function fearsBeingSeen(text: string): boolean {
  if (text.length > 400) return false;
  const pieces = [...sentencesOf(text).map(normaliseMessage), normaliseMessage(text)];
  return pieces.some((said) => REACTION.test(said) && SEEN.test(said));
}

const PERSON = String.raw`((?:my\s+)?(?:(?:mums|mams|moms|dads)\s+)?(?:step\s*dad|step\s*mum|step\s*father|step\s*mother|boyfriend|girlfriend|partner|bf|gf|fella|husband|wife|uncle|auntie|aunty|aunt|cousin|brother|sister|carer|[a-z][a-z-]{1,20}))`;
const STUFF = String.raw`(?:stuff|things|bits|parts|bit|part|thing|things\s+i\s+said|words)`;
const EVERYTHING = String.raw`(?:everything|anything|all|all\s+the\s+${STUFF}|the\s+${STUFF}|what\s+i\s+(?:said|wrote|put)|any\s+${STUFF}|every\s+bit|all\s+of\s+it)`;
const OUT_VERB = String.raw`(?:take|get|remove|delete|cut|wipe|clear)`;
const OPEN = String.raw`^(?:(?:and|also|but|so|please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u)|will\s+(?:you|u)|i\s+want\s+(?:you\s+)?to|just|ok|okay)\s+)*`;
const TAIL = String.raw`(?:\s+(?:out|off))?(?:\s+(?:of|from)\s+(?:it|my\s+plan|the\s+plan|this|my\s+draft|the\s+draft|there))?(?:\s+(?:please|pls|plz|thanks|now|too))*`;

const ABOUT = [
  // "take the craig stuff out", "get the stepdad stuff out of my plan"
  new RegExp(String.raw`${OPEN}${OUT_VERB}\s+(?:all\s+)?the\s+${PERSON}\s+${STUFF}${TAIL}(?:\s+(.*))?$`),
  // "delete everything about my stepdad", "take out the bits about kev", "remove anything about craig from my plan"
  new RegExp(String.raw`${OPEN}${OUT_VERB}\s+(?:out\s+)?${EVERYTHING}\s+(?:about|on|with|that\s+says|that\s+mentions|mentioning|naming)\s+${PERSON}${TAIL}(?:\s+(.*))?$`),
  // "take everything about craig out"
  new RegExp(String.raw`${OPEN}${OUT_VERB}\s+${EVERYTHING}\s+(?:about|with)\s+${PERSON}\s+out${TAIL}(?:\s+(.*))?$`),
];
/** Never a person: "take the maths stuff out" is a change to the plan, left to its own ways. */
const NOT_A_PERSON = new Set(
  'it that this me you u the a an my his her their school college maths english work job money pip benefits benefit hope hopes help needs need outcome outcomes bad sad private personal home house sad worry worries note safeguarding'.split(' '),
);

export interface PartsOut {
  /** Who every part is about, as typed: "craig", "my stepdad", "kev". */
  who: string;
}

/** Whom the message asks to take every part about out of the plan; undefined when it does not. */
export function readPartsAboutOut(text: string): PartsOut | undefined {
  if (text.length > 300) return undefined;
  for (const sentence of sentencesOf(text)) {
    const said = normaliseMessage(sentence);
    for (const re of ABOUT) {
      const found = re.exec(said);
      const who = found?.[1]?.replace(/\s+/g, ' ').trim();
      if (!who) continue;
      const last = who.split(' ').pop()!;
      if (NOT_A_PERSON.has(last) || NOT_A_PERSON.has(who)) continue;
      // "he cant see that" after the name is a reason, never a second person.
      return { who };
    }
  }
  return undefined;
}

/** The words that name that person inside an answer: "craig", "my stepdad", "stepdad", "mums boyfriend". */
export function namesThem(who: string): RegExp {
  const bare = who.replace(/^my\s+/, '').replace(/^(?:mums|mams|moms|dads)\s+/, '');
  const relation = /^(?:step\s*dad|step\s*mum|step\s*father|step\s*mother|boyfriend|girlfriend|partner|bf|gf|fella|husband|wife)$/.test(bare);
  const word = bare.replace(/\s+/g, String.raw`\s*`);
  // A relation is found with who it belongs to ("my mum's boyfriend"); a name alone ("Craig", "Craig's").
  return relation ? new RegExp(String.raw`\b(?:my\s+|his\s+|her\s+)?(?:(?:mum|mam|mom|dad)[’']?s\s+)?${word}\b`, 'i') : new RegExp(String.raw`\b${word}(?:[’']?s)?\b`, 'i');
}
