import { foldCase } from './text';

/*
 * A parent or carer giving their own age or years as the reason for a hope for the child: "I am 61
 * and I will not be here forever", "when I'm gone she will need someone", "I'm not getting any
 * younger". That is about the carer, said calmly, not a disclosure about the child. Only these
 * clauses are set aside; the rest of the message is read for worries as usual.
 */

const I = String.raw`(?:i|we)`;
const NOT = String.raw`(?:will not|will never|won't|wont|wil not|shall not|am not going to|are not going to|aren't going to|'m not going to|m not going to|'m not gonna|m not gonna|ain't going to|can't|cant|cannot|will not always|won't always|wont always|am not|'m not|m not|are not|aren't|'re not)`;
const FOREVER = String.raw`(?:for ?ever|for always|always|for good)`;

const OWN_YEARS: readonly RegExp[] = [
  // "I will not be here forever", "we won't always be around", "I can't be there for her forever"
  new RegExp(String.raw`\b${I}\s*${NOT}\s+(?:always\s+)?be\s+(?:here|around|there)(?:\s+for\s+(?:her|him|them))?\s+${FOREVER}\b`, 'g'),
  new RegExp(String.raw`\b${I}\s*${NOT}\s+always\s+be\s+(?:here|around|there)(?:\s+for\s+(?:her|him|them))?\b`, 'g'),
  // "I won't live forever", "nobody lives forever", "I'm not immortal"
  new RegExp(String.raw`\b(?:${I}\s*${NOT}\s+(?:going to\s+)?live|(?:nobody|no one|no-one)\s+lives)\s+${FOREVER}\b`, 'g'),
  /\b(?:i|we)\s*(?:am|'m|m|are|'re)\s+not\s+immortal\b/g,
  // "when I'm gone", "after we are no longer here", "once I am not around any more"
  /\b(?:when|once|after|for when)\s+(?:i|we)\s*(?:am|'m|m|are|'re|have|'ve)\s+(?:gone|passed(?:\s+(?:on|away))?|no longer (?:here|around|able)|not (?:here|around) (?:any ?more|any longer)|dead and gone)\b/g,
  // "I'm not getting any younger", "at my age", "I am getting on"
  /\b(?:i|we)\s*(?:am|'m|m|are|'re)\s+not\s+getting\s+any\s+younger\b/g,
  /\b(?:i|we)\s*(?:am|'m|m|are|'re)\s+getting\s+(?:on|old|older)\b(?:\s+now)?/g,
  /\bat my age\b/g,
];

/** A carer's worry for the child's future care, said with their own years: "who will look after her?", "I worry what happens to him". */
const FUTURE_WORRY =
  /\b(?:(?:i|we)(?:\s*(?:am|'m|m|are|'re))?\s+)?(?:(?:so|really|very|a bit|always)\s+)?(?:(?:worried|frightened|scared|afraid|anxious|terrified|worry|worrying)\s+(?:about\s+)?)?(?:who(?:'ll|'d| will| would| is going to)?\s+(?:look after|care for|be there for|support)\s+(?:her|him|them)|what\s+(?:will\s+|would\s+)?(?:happen|happens)\s+to\s+(?:her|him|them))\b/g;

/** Words that make "when I'm gone" a farewell, not a carer's years: never set aside beside these. */
const ENDING = /\bbetter off\b|\bend (?:it|my life|things|everything)\b|\b(?:kill|killing|suicide|suicidal|pills|overdose|goodbye)\b|(?<!not )\b(?:die|dying)\b|\bno point\b|\bcan'?t (?:go on|cope|do this)\b|\bgive up\b|\bmyself\b/;

/**
 * The message with a carer's own years set aside, or null when it says nothing of them (or says
 * them beside words of an ending: "she'd be better off when I'm gone" is read as typed).
 */
export function withoutCarersOwnYears(text: string): string | null {
  const folded = foldCase(text);
  if (ENDING.test(folded)) return null;
  let rest = folded;
  for (const re of OWN_YEARS) rest = rest.replace(re, ' ');
  if (rest === folded) return null;
  // "I'm worried about who will look after her (when I'm gone)": the carer's own worry for the child's future goes with them.
  rest = rest.replace(FUTURE_WORRY, ' ');
  // "I am 61 and": the age said with it goes too, so no half sentence is read on its own.
  return rest
    .replace(/\b(?:i|we)\s*(?:am|'m|m|are|'re)\s+\d{2}(?:\s+years old)?\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that only join the carer's years to what is around them: "and", "so", "because". */
const JOINERS = /\b(?:and|so|but|because|cos|coz|cause|as|well|now|anyway|though|tho|really|sadly|honestly|obviously|you know|let's face it)\b/g;

/** "am I", "will I", "right?", "is it": a tag at the end that asks nothing of the bot. */
const TAG = /\b(?:(?:am|will|can|shall|are|do|is)\s+(?:i|we|it)|right|innit|eh|is it)\s*[?!.]*\s*$/;

/** "I am 61 and I will not be here forever.": a sentence that says nothing but the carer's own years. */
export function onlyCarersOwnYears(sentence: string): boolean {
  const rest = withoutCarersOwnYears(sentence);
  return rest !== null && rest.replace(TAG, ' ').replace(JOINERS, ' ').replace(/[^\p{L}]+/gu, '') === '';
}

/** "im worried about the move to college", "we are scared of what comes next": a carer's own feeling, said of themselves. */
const OWN_WORRY =
  /^(?:(?:and|but|so|to be honest|honestly|tbh|if im honest|i think|just)[\s,]+)*(?:i|we)\s*(?:am|'m|m|are|'re)?\s+(?:(?:so|really|very|a bit|a little|quite|just|always|also|still|a lot|more)\s+)*(?:worried|worry|worrying|scared|nervous|anxious|frightened|terrified|afraid|dreading|dread|concerned|panicking)\b/;

/**
 * "im worried about the move to college and im not going to be around forever": a parent or carer's
 * own worry, said beside the hopes for the child. It is the family's, never a hope for the child.
 */
export function carersOwnWorry(sentence: string): boolean {
  const folded = foldCase(sentence).replace(/[\u2018\u2019]/g, "'").trim();
  return !ENDING.test(folded) && (OWN_WORRY.test(folded) || onlyCarersOwnYears(folded));
}

/** ", I just want her out of nappies", "but we'd love him to": a wish of the carer's own, said after the worry. */
const WISH_AFTER = /(?:\s*[,;:.-]\s*|\s+)(?:(?:but|and|so|really|honestly)[\s,]+)*(?=(?:i|we)\s*(?:(?:just|really|only|so|would|'d|d|also)\s+)*(?:want|wish|hope|would\s+love|'d\s+love|d\s+love|love|would\s+like|'d\s+like|d\s+like)\b)/i;

/**
 * "I worry she won't ever be dry at night, I just want her out of nappies": a carer's worry and the
 * hope it stands for, in one sentence. The worry and the wish apart; undefined when it is not so.
 */
export function worryThenWish(sentence: string): [string, string] | undefined {
  const m = WISH_AFTER.exec(sentence);
  if (!m || m.index === 0) return undefined;
  const worry = sentence.slice(0, m.index).trim();
  const wish = sentence.slice(m.index + m[0].length).trim();
  return carersOwnWorry(worry) && !carersOwnWorry(wish) && wish.split(/\s+/).length >= 4 ? [worry, wish] : undefined;
}
