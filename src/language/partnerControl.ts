import { clearedConcernText } from './concern';
import { isEverydayWord } from './nameAnswer';

/*
 * Control in a young person's own relationship ("jay checks my fone every nite", "he keeps my benefits",
 * "my girlfriend gets cross when i see my mates"): each sign alone can sound like care or like nothing,
 * and young adults with a learning disability often tell it as ordinary. Together they are coercive
 * control, which is domestic abuse at any age from 13. The chat learns who the partner is ("my boyfriend
 * jay") so a later "jay ..." is heard as the partner, and counts the signs across the chat (never the words).
 */

/** A partner said by role. "my man", "my fella" and "my other half" are how many young adults say it. */
const PARTNER_ROLE = String.raw`(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|hubby|fiance|fiancee|fella|feller|man|missus|misses|other\s+half)`;
const PARTNER = String.raw`(?:my\s+${PARTNER_ROLE})`;

/** Little words between the person and what they do: "jay always checks", "he still keeps". */
const OFTEN = String.raw`(?:(?:always|still|even|sometimes|just|now|also|allways|alway|really|(?:keeps|kept)(?=\s+\w+ing\b))\s+)*`;
/** The little words of how often at the start of one thing said ("always knows where i am"). */
const OFTEN_FIRST = new RegExp(`^${OFTEN}`);

/** Each sign, read after the person who does it. */
const SIGNS: readonly RegExp[] = [
  // Phone or messages checked: "checks my phone every night", "goes through my messages"; never "checks my spelling on my phone".
  /^(?:check|checks|checked|checking|look\s+at|looks\s+at|looked\s+at|look\s+through|looks\s+through|looked\s+through|goes\s+through|go\s+through|went\s+through|reads|read|reading)\s+(?:all\s+)?(?:my\s+(?:phone|mobile|messages|texts|snapchat|snaps|whatsapp|facebook|instagram|insta|chats|emails|dms|group\s+chats?)|(?:the|our|my)\s+(?:group\s+chats?|gc|girls\s+chat))\b/,
  // Money kept: "keeps my benefits", "has my bank card", "takes my wages"; "looks after the money for our holiday" is not this.
  /^(?:keep|keeps|kept|keeping|has|have|had|take|takes|took|taking|hold|holds|held|control|controls|controlled|gets|get|got|spends|spend|spent)\s+(?:all\s+(?:of\s+)?)?my\s+(?:own\s+)?(?:money|benefits?|pip|esa|universal\s+credit|uc|wages|pay|bank\s+card|card|cards|cash|pin|bank|purse|wallet|savings)\b/,
  // Friends or family kept from them: "gets cross when i go out with my friends", "wont let me see my mum".
  /^(?:gets?|got|goes|went|is|s)\s+(?:really\s+|so\s+|well\s+|proper\s+|dead\s+)?(?:cross|angry|mad|jealous|funny|nasty|moody|upset|arsey|narky|annoyed|in\s+a\s+mood)\s+(?:when|if|whenever|every\s+time|cos|because)\s+i\s+(?:go\s+out|went\s+out|see|saw|seeing|talk\s+to|text|meet|visit|go\s+to|go\s+round|spend\s+time\s+with|am\s+with|m\s+with|im\s+with)\b/,
  /^(?:wont|will\s+not|doesnt|does\s+not|dont|do\s+not|never)\s+let\s+me\s+(?:go\s+out|see|talk\s+to|text|meet|visit|go\s+to|go\s+round|have\s+(?:any\s+)?(?:friends|mates)|wear|leave|go\s+anywhere)\b/,
  // "mark dont like me seeing them much", "doesnt like me going out with my mates": friends kept away, said softly.
  /^(?:dont|do\s+not|doesnt|does\s+not|didnt|did\s+not)\s+(?:really\s+)?(?:like|want)\s+me\s+(?:to\s+)?(?:see|seeing|go\s+out|going\s+out|talk\s+to|talking\s+to|meet|meeting|visit|visiting|go\s+round|going\s+round|text|texting)\b(?!\s+(?:other\s+(?:boys|girls|men|women)|my\s+ex)\b)(?![^.]{0,25}\b(?:rain|cold|dark|coat|drunk)\b)/,
  /^(?:stops?|stopped|stopping)\s+me\s+(?:from\s+)?(?:going\s+out|seeing|talking\s+to|meeting|visiting|going\s+to|wearing|leaving)\b/,
  // Shouted at for coming back late from friends: "shouts if im late back from seeing jess", "goes mad when i get back late".
  /^(?:shouts|shouted|yells|yelled|screams|screamed|kicks\s+off|kicked\s+off|goes\s+mad|went\s+mad|goes\s+off|went\s+off)\s+(?:at\s+me\s+)?(?:when|if|whenever|every\s+time|cos|because)\s+(?:im|i\s+am|i\s+m|i\s+get|i\s+come|i\s+got|i\s+came)\s+(?:back\s+|home\s+)?(?:late|in\s+late)\b/,
  // What they wear decided: "decides what i wear", "makes me change my clothes".
  /^(?:decides?|decided|chooses|picks|says|tells\s+me)\s+what\s+i\s+(?:can\s+|am\s+allowed\s+to\s+|should\s+)?(?:wear|put\s+on)\b|^(?:makes?|made)\s+me\s+(?:change|get\s+changed|take\s+off)\b/,
  // Tracked: "tracks my phone", "put a tracker on me", "has to know where i am all the time".
  /^(?:tracks?|tracked|tracking)\s+(?:me|my\s+(?:phone|location|car))\b|^(?:put|puts|has|got)\s+(?:a\s+)?(?:tracker|tracking\s+app|life\s*360|find\s+my)\s+on\s+(?:me|my\s+phone)\b|^(?:has|needs|wants)\s+to\s+know\s+where\s+i\s+am\s+(?:all\s+the\s+time|every\s+minute|always)\b/,
  // Location held: "has my location on his phone", "always knows where i am"; a mum's, or locations shared both ways, are not this (LOCATION_SHARED).
  /^(?:has|have|got|gets|sees|checks|watches|keeps)\s+(?:got\s+)?my\s+(?:live\s+)?(?:location|locations|whereabouts)\b|^(?:always|allways|alway)\s+knows\s+where\s+i\s+am\b|^knows\s+where\s+i\s+am\s+(?:all\s+the\s+time|always|every\s+minute|24\s*7)\b/,
  // Kept in: "says im not allowed out", "says i cant go out at weekends".
  /^(?:says|said|tells\s+me|told\s+me)\s+(?:that\s+)?(?:im|i\s+am|i\s+m|i\s+cant|i\s+can\s+not|i\s+cannot)\s+(?:not\s+allowed\s+)?(?:out|go\s+out|to\s+go\s+out|see|to\s+see|meet|to\s+meet|go\s+to|to\s+go\s+to|work|to\s+work|have\s+(?:any\s+)?(?:friends|mates))\b/,
  // What they wear picked for them: "picks my outfits", "chooses my clothes"; "helped me pick my outfit for prom" is not said so.
  /^(?:picks|picked|chooses|chose|decides|decided|buys\s+and\s+picks)\s+(?:all\s+)?my\s+(?:outfits?|clothes|clothing|fits)\b/,
  // Upset at a late reply: "gets upset if i dont text back fast enough".
  /^(?:gets?|got|goes|went|is|s)\s+(?:really\s+|so\s+|well\s+|proper\s+|dead\s+)?(?:cross|angry|mad|jealous|funny|nasty|moody|upset|arsey|narky|annoyed|in\s+a\s+mood)\s+(?:when|if|whenever|every\s+time|cos|because)\s+i\s+(?:dont|do\s+not|didnt|cant|forget\s+to|take\s+ages\s+to)\s+(?:text|reply|answer|message|ring|call|pick\s+up|get\s+back)\b/,
  // Kept for themselves: "says once we live together i wont need to see anyone else".
  /^(?:says|said|tells\s+me|told\s+me|reckons|thinks)\s+(?:that\s+)?(?:(?:once|when|after|if)\s+[a-z ]{0,40}?)?i\s+(?:wont|will\s+not|dont|do\s+not|wouldnt|shouldnt|will\s+never)\s+need\s+(?:to\s+(?:see|have|talk\s+to)\s+)?(?:anyone|anybody|any\s*one|any\s+(?:friends|mates)|my\s+(?:friends|mates|family)|other\s+people|no\s*one|nobody)\b/,
  // Asked leave of: "idk if liam will let me work saturdays".
  /^(?:will|would|wll|is\s+gonna|is\s+going\s+to)\s+let\s+me\s+(?:work|go|see|meet|visit|wear|leave|get\s+a\s+job|have\s+(?:a\s+)?(?:job|friends|mates))\b/,
];

/** Locations shared both ways, said beside it: "my bf and i share locations lol we both do". */
const LOCATION_SHARED = /\b(?:we\s+both|both\s+of\s+us|share\s+(?:our\s+)?locations?|i\s+(?:have|got|can\s+see)\s+(?:his|hers|theirs)\b)/;
/** Which sign each pattern tells (the four "friends kept away" patterns are one sign, as are the two "what they wear"). */
const SIGN_OF = [0, 1, 3, 3, 3, 3, 13, 5, 6, 7, 8, 5, 10, 11, 12];

/** Money kept together for something shared, said beside it: "... for our holiday, we both put in". */
const SHARED_ON_PURPOSE = /\b(?:we\s+both|both\s+(?:of\s+us\s+)?put|our\s+(?:holiday|savings|wedding|house|flat|rent|bills)|for\s+(?:our|us)\b|i\s+asked\s+(?:him|her|them)\s+to|i\s+want\s+(?:him|her|them)\s+to)/;

/** Words a partner's name is never: "my boyfriend is nice", "my boyfriend and me". */
const NOT_A_NAME = new Set(
  'is and or but s hes shes im was who that from at in on to of for has had he she they we i me my nice kind lovely good great the a an called named who says said always never never checks keeps gets does doesnt wont will can cant'.split(' '),
);

const WORD = String.raw`([a-z][a-z'-]{1,20})`;
const NAMED = [
  // "my boyfriend jay", "my bf is called jay", "my girlfriend's name is amy"
  new RegExp(String.raw`\b${PARTNER}\s+(?:is\s+called\s+|called\s+|named\s+|s\s+name\s+is\s+|name\s+is\s+)?${WORD}`, 'g'),
  // "jay is my boyfriend", "jay my boyfriend", "jays my fella"
  new RegExp(String.raw`\b${WORD}\s+(?:is\s+|s\s+)?${PARTNER}\b`, 'g'),
  // "im going out with jay", "me and jay are together"
  new RegExp(String.raw`\b(?:going\s+out\s+with|in\s+a\s+relationship\s+with|married\s+to|engaged\s+to|seeing)\s+${WORD}\b`, 'g'),
  new RegExp(String.raw`\bme\s+and\s+${WORD}\s+(?:are|r)\s+(?:together|going\s+out|a\s+couple|engaged|married)\b`, 'g'),  // "me and liam live together", "liam and i are moving in together", "liam says once we live together"
  new RegExp(String.raw`\bme\s+and\s+${WORD}\s+(?:live|are\s+(?:moving\s+in|gonna\s+live|going\s+to\s+live)|moved\s+in|will\s+live)\s+together\b`, 'g'),
  new RegExp(String.raw`\b${WORD}\s+and\s+(?:i|me)\s+(?:live|are\s+(?:moving\s+in|gonna\s+live|going\s+to\s+live)|moved\s+in|will\s+live)\s+together\b`, 'g'),
  new RegExp(String.raw`\b${WORD}\s+(?:says|said|reckons|thinks|wants)\s+(?:that\s+)?(?:once|when|after|if)\s+we\s+(?:live\s+together|move\s+in|get\s+(?:a|our\s+own)\s+(?:place|flat|house)|get\s+married)\b`, 'g'),
  // "liam, hes my bf" at the start of the message (punctuation is gone by now: "went bowling, hes my bf" names nobody)
  new RegExp(String.raw`^\s*(?:(?:ok|so|and|yeah|yes|ye|well|oh|its|thats)\s+)?${WORD}\s+(?:hes|he\s+is|he\s+s|shes|she\s+is|she\s+s)\s+(?:like\s+)?my\s+${PARTNER_ROLE}\b`, 'g'),
];
/** "thats liams time": a partner's time, the name with its "s". */
const WHOSE_TIME = new RegExp(String.raw`\b(?:thats|its|is|are)\s+${WORD}s\s+time\b`, 'g');
/** "me and liam ..." in a message that says boyfriend or girlfriend. */
const ME_AND = new RegExp(String.raw`\b(?:me\s+and\s+${WORD}|${WORD}\s+and\s+(?:i|me))\b`, 'g');
const ROLE_SAID = /\b(?:boyfriend|girlfriend|bf|gf|partner|fiance|fiancee|husband|wife|together|going\s+out|dating|relationship)\b/;
/** Family and carers, whose "time" or checks are never a partner's: "thats my dads time" is contact. */
const FAMILY = /^(?:mum|mums|mam|mams|mom|moms|mummy|dad|dads|daddy|nan|nans|nana|nanna|gran|grans|grandad|grandma|grandpa|brother|brothers|bro|sister|sisters|sis|stepdad|stepmum|auntie|aunty|aunt|uncle|carer|carers|teacher|staff|foster|keyworker|social|worker)$/;
/** A word that may be a person's name: no family word, everyday word or role. */
export const mayBePartnerName = (word: string): boolean => !FAMILY.test(word) && !NOT_A_NAME.has(word) && !/^(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|fella|fiance|fiancee)$/.test(word) && !isEverydayWord(word) && !/^(?:him|her|them|it|this|that|someone|somebody|anyone)$/.test(word);

/** Names the message says belong to the person's partner ("my boyfriend jay"), lower case; none when nobody is named so. */
export function partnerNamesIn(text: string): string[] {
  if (text.length > 2_000) return [];
  const said = clearedConcernText(text).replace(/['’]/g, '');
  const names = new Set<string>();
  for (const re of NAMED)
    for (const found of said.matchAll(re)) {
      if (!found[1] || !mayBePartnerName(found[1])) continue;
      names.add(found[1]);
      // "jays my boyfriend": the apostrophe was dropped, so "jay" may be the name as well.
      if (/^[a-z]{3,}s$/.test(found[1]) && /s\s+my\s/.test(found[0])) names.add(found[1].slice(0, -1));
    }
  for (const found of said.matchAll(WHOSE_TIME)) if (found[1] && mayBePartnerName(found[1])) names.add(found[1]);
  if (ROLE_SAID.test(said)) for (const found of said.matchAll(ME_AND)) for (const name of [found[1], found[2]]) if (name && mayBePartnerName(name)) names.add(name);
  return [...names];
}

/** Who may do the controlling in this chat: a partner by role, a partner named earlier, or "he"/"she" once a partner is known. */
function doerPattern(partnerNames: readonly string[], byRole = true, pronouns = true): RegExp {
  const named = partnerNames.filter((n) => /^[a-z'-]{2,21}$/.test(n)).map((n) => n.replace(/'/g, ''));
  const who = [...(byRole ? [PARTNER] : []), ...named, ...(named.length && pronouns ? ['he', 'she'] : [])].join('|');
  return new RegExp(String.raw`\b(?:${who})\s+(${OFTEN})`, 'g');
}

const UPSET = String.raw`(?:cross|angry|mad|jealous|funny|nasty|moody|upset|arsey|narky|annoyed|in\s+a\s+mood|sulks?|kicks\s+off)`;

/**
 * Signs told with the person in the middle of the sentence: "im not allowed out at weekends cos thats liams time",
 * "if i dont text liam back fast enough he gets upset". A dad's or mum's time ("thats my dads time") is contact, never this.
 */
function signsAround(said: string, partnerNames: readonly string[], byRole: boolean): number[] {
  const named = partnerNames.filter((n) => /^[a-z-]{2,21}$/.test(n));
  const who = [...(byRole ? [PARTNER] : []), ...named].join('|');
  if (!who) return [];
  const whose = [`(?:${who})s`, ...(named.length ? ['his', 'her'] : [])].join('|');
  const doer = [who, ...(named.length ? ['he', 'she'] : [])].join('|');
  const keptIn = new RegExp(String.raw`\b(?:im|i\s+am|i\s+m)\s+not\s+allowed\b[^.?!]{0,60}?\b(?:cos|coz|because|as)\s+(?:thats|its|that\s+is|it\s+is)\s+(?:${whose})\s+time\b`);
  const lateReply = new RegExp(
    String.raw`\bif\s+i\s+(?:dont|do\s+not|didnt|cant)\s+(?:text|reply\s+to|answer|message|ring|call)\s+(?:${who}|him|her)\b[^.?!]{0,40}?\b(?:${doer})\s+(?:gets?|goes|is|s)\s+(?:really\s+|so\s+)?${UPSET}`,
  );
  return [...(keptIn.test(said) ? [8] : []), ...(lateReply.test(said) ? [10] : [])];
}

function signsBy(said: string, partnerNames: readonly string[], byRole: boolean, pronouns = true): Set<number> {
  const found = new Set<number>();
  for (const at of said.matchAll(doerPattern(partnerNames, byRole, pronouns))) {
    // "checks my phone and keeps my money": each thing said after "and" is read as done by the same person.
    const pieces = said.slice((at.index ?? 0) + at[0].length).split(/\b(?:and|then|plus|also|n)\s+(?:(?:he|she)\s+)?/).map((piece) => piece.replace(OFTEN_FIRST, ''));
    // "always knows where i am": the little word is part of that sign.
    const told = [...pieces, `${at[1] ?? ''}${pieces[0] ?? ''}`];
    SIGNS.forEach((sign, i) => {
      if (!told.some((piece) => sign.test(piece))) return;
      // Money put together on purpose is shared, not kept from them.
      if (i === 1 && SHARED_ON_PURPOSE.test(said)) return;
      if (i === 7 && LOCATION_SHARED.test(said)) return;
      found.add(SIGN_OF[i] ?? i);
    });
  }
  if (pronouns) for (const sign of signsAround(said, partnerNames, byRole)) found.add(sign);
  return found;
}

const saidOf = (text: string): string => clearedConcernText(text).replace(/['’]/g, '').replace(/\s+/g, ' ');

/**
 * How many different signs of control by a partner the message tells (0 when none). `partnerNames` are those
 * the chat was told ("jay"): then "jay ..." and "he ..." are read as the partner too.
 */
export function partnerControlSigns(text: string, partnerNames: readonly string[] = []): number {
  if (text.length > 2_000) return 0;
  return signsBy(saidOf(text), partnerNames, true).size;
}

/**
 * Signs told of someone named before anyone said who they are ("liam always knows where i am, he has my location"):
 * by name, so they count once that name is heard to be the partner. Family and everyday words are never such a name.
 */
export function controlSignsByName(text: string): { name: string; signs: number }[] {
  if (text.length > 2_000) return [];
  const said = saidOf(text);
  const words = [...new Set(said.match(/\b[a-z][a-z-]{1,20}\b/g) ?? [])].filter((w) => mayBePartnerName(w) && !FAMILY.test(w));
  // Only someone who does a sign by name ("liam always knows where i am"); then "he ..." beside it is them too.
  return words.filter((name) => signsBy(said, [name], false, false).size > 0).map((name) => ({ name, signs: signsBy(said, [name], false).size }));
}

/** "hes my boyfriend", "she's my gf": a partner told of by "he" or "she", the name said elsewhere in the chat. */
const HE_IS_PARTNER = new RegExp(String.raw`\b(?:hes|he\s+is|he\s+s|shes|she\s+is|she\s+s)\s+(?:like\s+)?my\s+${PARTNER_ROLE}\b`);
export function saysHeIsPartner(text: string): boolean {
  return HE_IS_PARTNER.test(saidOf(text));
}
