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

/** Each sign, read after the person who does it. */
const SIGNS: readonly RegExp[] = [
  // Phone or messages checked: "checks my phone every night", "goes through my messages"; never "checks my spelling on my phone".
  /^(?:check|checks|checked|checking|look\s+at|looks\s+at|looked\s+at|look\s+through|looks\s+through|looked\s+through|goes\s+through|go\s+through|went\s+through|reads|read|reading)\s+(?:all\s+)?my\s+(?:phone|mobile|messages|texts|snapchat|snaps|whatsapp|facebook|instagram|insta|chats|emails)\b/,
  // Money kept: "keeps my benefits", "has my bank card", "takes my wages"; "looks after the money for our holiday" is not this.
  /^(?:keep|keeps|kept|keeping|has|have|had|take|takes|took|taking|hold|holds|held|control|controls|controlled|gets|get|got|spends|spend|spent)\s+(?:all\s+(?:of\s+)?)?my\s+(?:own\s+)?(?:money|benefits?|pip|esa|universal\s+credit|uc|wages|pay|bank\s+card|card|cards|cash|pin|bank|purse|wallet|savings)\b/,
  // Friends or family kept from them: "gets cross when i go out with my friends", "wont let me see my mum".
  /^(?:gets?|got|goes|went|is|s)\s+(?:really\s+|so\s+|well\s+|proper\s+|dead\s+)?(?:cross|angry|mad|jealous|funny|nasty|moody|upset|arsey|narky|annoyed|in\s+a\s+mood)\s+(?:when|if|whenever|every\s+time|cos|because)\s+i\s+(?:go\s+out|went\s+out|see|saw|seeing|talk\s+to|text|meet|visit|go\s+to|go\s+round|spend\s+time\s+with|am\s+with|m\s+with|im\s+with)\b/,
  /^(?:wont|will\s+not|doesnt|does\s+not|dont|do\s+not|never)\s+let\s+me\s+(?:go\s+out|see|talk\s+to|text|meet|visit|go\s+to|go\s+round|have\s+(?:any\s+)?(?:friends|mates)|wear|leave|go\s+anywhere)\b/,
  /^(?:stops?|stopped|stopping)\s+me\s+(?:from\s+)?(?:going\s+out|seeing|talking\s+to|meeting|visiting|going\s+to|wearing|leaving)\b/,
  // What they wear decided: "decides what i wear", "makes me change my clothes".
  /^(?:decides?|decided|chooses|picks|says|tells\s+me)\s+what\s+i\s+(?:can\s+|am\s+allowed\s+to\s+|should\s+)?(?:wear|put\s+on)\b|^(?:makes?|made)\s+me\s+(?:change|get\s+changed|take\s+off)\b/,
  // Tracked: "tracks my phone", "put a tracker on me", "has to know where i am all the time".
  /^(?:tracks?|tracked|tracking)\s+(?:me|my\s+(?:phone|location|car))\b|^(?:put|puts|has|got)\s+(?:a\s+)?(?:tracker|tracking\s+app|life\s*360|find\s+my)\s+on\s+(?:me|my\s+phone)\b|^(?:has|needs|wants)\s+to\s+know\s+where\s+i\s+am\s+(?:all\s+the\s+time|every\s+minute|always)\b/,
];

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
  new RegExp(String.raw`\bme\s+and\s+${WORD}\s+(?:are|r)\s+(?:together|going\s+out|a\s+couple|engaged|married)\b`, 'g'),
];
const mayBeName = (word: string): boolean => !NOT_A_NAME.has(word) && !isEverydayWord(word) && !/^(?:him|her|them|it|this|that|someone|somebody|anyone)$/.test(word);

/** Names the message says belong to the person's partner ("my boyfriend jay"), lower case; none when nobody is named so. */
export function partnerNamesIn(text: string): string[] {
  if (text.length > 2_000) return [];
  const said = clearedConcernText(text).replace(/['’]/g, '');
  const names = new Set<string>();
  for (const re of NAMED)
    for (const found of said.matchAll(re)) {
      if (!found[1] || !mayBeName(found[1])) continue;
      names.add(found[1]);
      // "jays my boyfriend": the apostrophe was dropped, so "jay" may be the name as well.
      if (/^[a-z]{3,}s$/.test(found[1]) && /s\s+my\s/.test(found[0])) names.add(found[1].slice(0, -1));
    }
  return [...names];
}

/** Who may do the controlling in this chat: a partner by role, a partner named earlier, or "he"/"she" once a partner is known. */
function doerPattern(partnerNames: readonly string[]): RegExp {
  const named = partnerNames.filter((n) => /^[a-z'-]{2,21}$/.test(n)).map((n) => n.replace(/'/g, ''));
  const who = [PARTNER, ...named.map((n) => `${n}`), ...(named.length ? ['he', 'she'] : [])].join('|');
  return new RegExp(String.raw`\b(?:${who})\s+${OFTEN}`, 'g');
}

/**
 * How many different signs of control by a partner the message tells (0 when none). `partnerNames` are those
 * the chat was told ("jay"): then "jay ..." and "he ..." are read as the partner too.
 */
export function partnerControlSigns(text: string, partnerNames: readonly string[] = []): number {
  if (text.length > 2_000) return 0;
  const said = clearedConcernText(text).replace(/['’]/g, '').replace(/\s+/g, ' ');
  const found = new Set<number>();
  for (const at of said.matchAll(doerPattern(partnerNames))) {
    // "checks my phone and keeps my money": each thing said after "and" is read as done by the same person.
    const pieces = said.slice((at.index ?? 0) + at[0].length).split(/\b(?:and|then|plus|also|n)\s+(?:(?:he|she)\s+)?/).map((piece) => piece.replace(new RegExp(`^${OFTEN}`), ''));
    SIGNS.forEach((sign, i) => {
      if (!pieces.some((piece) => sign.test(piece))) return;
      // Money put together on purpose is shared, not kept from them.
      if (i === 1 && SHARED_ON_PURPOSE.test(said)) return;
      found.add(i === 4 ? 3 : i === 2 ? 3 : i);
    });
  }
  return found.size;
}
