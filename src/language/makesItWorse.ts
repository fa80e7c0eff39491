import { normaliseMessage } from './text';

/*
 * "mum not taking my phone cos that just starts a row", "when dad shouts that makes it worse",
 * "being told to calm down winds me up": what makes things worse, typed where help was asked for.
 * It is never help. "she never starts a row" or "that doesn't make it worse" say the opposite.
 */

const NEGATED = String.raw`(?:not|never|doesnt|does not|dont|do not|didnt|did not|wont|will not|cant|cannot|no longer)`;

const WORSE =
  /\b(?:makes?|made|making)\s+(?:it|things|everything|me|him|her|them|stuff|that)\s+(?:\w+\s+)?(?:worse|harder|more\s+(?:angry|upset|stressed|anxious|cross))\b|\b(?:starts?|started|starting|causes?|caused|kicks?\s+off)\s+(?:a|an|the)?\s*(?:row|rows|argument|arguments|fight|fights|barney)\b|\b(?:winds?|wound|winding)\s+(?:me|him|her|them)\s+up\b|\b(?:sets?|setting)\s+(?:me|him|her|them)\s+off\b|\bworse\s+(?:when|if)\b/;

/** "that just starts a row", "cos ...", "makes it worse", "winds me up more": pointed at something else, said to make it worse. */
const POINTED =
  /\b(?:that|this|it|which|they|those|these)\s+(?:(?:just|only|always|really|even|all|usually)\s+)*(?:makes?|starts?|causes?|winds?|sets?|kicks?)\b|\bmakes?\s+(?:it|things|everything|stuff)\s+(?:\w+\s+)?(?:worse|harder)\b|\b(?:cos|coz|cause|because)\b|\bworse\s+(?:when|if)\b|^(?:not|no)\b|\b(?:up|off)\s+(?:even\s+)?more$/;

/**
 * What makes things worse, as said at "what already helps?": 'worse' when it is pointed at as
 * making it worse ("mum not taking my phone cos that just starts a row"), 'hard' when the words are
 * the hard thing itself ("other kids winding him up"); undefined when nothing is said to make it worse.
 */
export function readWorse(text: string): 'worse' | 'hard' | undefined {
  const plain = normaliseMessage(text);
  const found = WORSE.exec(plain);
  if (!found) return undefined;
  const before = plain.slice(0, found.index).split(/\s+/).filter(Boolean).slice(-2).join(' ');
  if (new RegExp(String.raw`\b${NEGATED}(?:\s+\w+)?$`).test(before)) return undefined;
  return POINTED.test(plain) ? 'worse' : 'hard';
}

/** The words say something makes things worse (and not that it doesn't): never help. */
export function saysWhatMakesItWorse(text: string): boolean {
  return readWorse(text) === 'worse';
}
