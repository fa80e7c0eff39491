import { withoutEndHedges } from './hedges';
import { saysNothingHelps } from './nothingHelps';
import { normaliseMessage } from './text';

/*
 * At "What already helps you with this?", help that is wished for, not had: "an app that tells me
 * when to get off maybe", "it would help if i had a reader pen", "if someone sat with me", "i wish
 * i had more time", "having a list of orders in front of me ... and more practice". Thanking them for "what works" would be wrong; it is kept worded as a wish.
 */

/** Something not had yet: "a ...", "an ...", "some ...", "someone to ...", "more ...", "extra ...". */
const SOMETHING_NEW = String.raw`(?:a|an|some|someone|somebody|something|more|extra)`;
const HEDGE = String.raw`(?:maybe|mayb|probably|perhaps|possibly|hopefully|i\s+guess|i\s+suppose|i\s+think|i\s+reckon|idk|if\s+(?:i|we)\s+could|if\s+possible)`;

const WISHED = new RegExp(
  [
    // "it would help", "that could be good", "would be nice", "might help"
    String.raw`\b(?:would|could|might|d)\s+(?:really\s+|probably\s+|maybe\s+)?(?:help|be\s+(?:good|nice|helpful|useful|better|great|easier|cool|handy))\b`,
    // "if i had a reader pen", "if there was a quiet room", "if someone sat with me"
    String.raw`\bif\s+(?:i|he|she|they|we|there|someone|somebody|teachers?|staff|school)\s+(?:had|got|could|was|were|did|would|gave|sat|came|let)\b`,
    // "maybe if my friend amy came with me", "if the teacher gave me the sheet": a person named by who they are.
    String.raw`\bif\s+(?:my|a|an|the|his|her|their|our)\s+(?:[a-z]+\s+){0,2}(?:had|got|could|was|were|did|would|gave|sat|came|come|went|let|helped|showed|explained|stayed|walked)\b`,
    // "i wish", "i want a", "i need someone to", "id like more time", "i would like an app"
    String.raw`\b(?:i|we|he|she|they)\s+(?:wish|wishes|want|wants|would\s+like|would\s+love)\b`,
    String.raw`\b(?:id|wed|i\s+d)\s+(?:like|love)\b`,
    String.raw`\b(?:i|we|he|she|they)\s+(?:need|needs)\s+${SOMETHING_NEW}\b`,
    // "someone to go through it with me every week": someone not named, to do it, is help not had yet ("my mum goes through it" is).
    String.raw`^(?:someone|somebody|a\s+person|an\s+adult)\s+(?:to|who\s+(?:could|would|can|will|might))\s+[a-z]`,
    // "maybe an app", "an app that tells me when to get off maybe"
    String.raw`^${HEDGE}\s+${SOMETHING_NEW}\b`,
    String.raw`^${SOMETHING_NEW}\b.*\s${HEDGE}$`,
    // "getting shown first": what would help, unless said to help now. "having headphones" is help had now.
    String.raw`^getting\b(?!.*\b(?:helps|helped|works|worked|is\s+(?:good|helpful|useful))\b)`,
    // "and more practice", "more time": more of something is not had yet.
    String.raw`(?:^|\band\s+(?:also\s+)?|\bplus\s+)more\s+(?:practice|practise|time|help|support|breaks|chances|training|lessons|sessions)\b`,
  ].join('|'),
);

/** The answer wishes for help that is not there yet. */
export function readsAsWishedHelp(text: string): boolean {
  const plain = normaliseMessage(text);
  if (!plain || saysNothingHelps(text)) return false;
  return WISHED.test(plain);
}

/** A thing named on its own ("an app that tells me when to get off") is kept as "It would help to have an app ...". */
const NAMED_THING = /^(?:a|an|some|someone|somebody|something|more|extra)\b/i;
/** Words that make it a wish already: "a TA would be good", "someone if i could". */
// "like a support worker" gives an example; it is no wish.
const WISH_WORDS = /\b(?:would|could|might|wish|want|wants|like(?!\s+(?:a|an|my|the)\b)|love|need|needs|if)\b/i;

/** The wish as it is kept: without hedges, and worded as a wish when it named only the thing. */
export function wishedHelpWords(text: string): string {
  const said = withoutEndHedges(text.trim().replace(/[.!]+$/, ''));
  // "maybe if my friend came with me": kept as "It would help if my friend came with me".
  const condition = new RegExp(`^(?:${HEDGE}[\\s,]+)?if\\s+(\\S.*)$`, 'i').exec(said);
  if (condition) return `It would help if ${condition[1]}`;
  return NAMED_THING.test(said) && !WISH_WORDS.test(said) ? `It would help to have ${said.charAt(0).toLowerCase()}${said.slice(1)}` : said;
}

/** "staff remind me but i want to do it myself": help had now, then a wish to need it less. */
const OWN_WISH =
  /^(.+?)[\s,.;]+(?:but|and|tho|though)\s+(?:i|he|she|they)\s+(?:really\s+)?(?:want|wants|wanna|would\s+like|'d\s+like|id\s+like|wish|hope)\s+(?:to\s+)?(?:be\s+able\s+to\s+)?(?:do|manage|remember|get)\s+(?:it|them|that|this|things|stuff)?\s*(?:all\s+)?(?:my|him|her|them)sel(?:f|ves)\b.*$|^(.+?)[\s,.;]+(?:but|and|tho|though)\s+(?:i|he|she|they)\s+(?:really\s+)?(?:want|wants|wanna|would\s+like|'d\s+like|id\s+like|wish|hope)\s+(?:to\s+)?(?:be\s+able\s+to\s+)?(?:do|manage|remember|get)\s+(?:it|them|that|this|things|stuff)?\s*(?:on\s+(?:my|his|her|their)\s+own|by\s+(?:my|him|her|them)sel(?:f|ves)|independently|alone)\b.*$/i;

/**
 * The help had now, when a wish to do it without help follows it ("staff remind me but i want to
 * do it myself"): the help is what helps now, and the wish is theirs, never wished-for help. Null otherwise.
 */
export function helpBeforeOwnWish(text: string): { help: string; wish: string } | null {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'");
  const m = OWN_WISH.exec(said);
  const help = (m?.[1] ?? m?.[2])?.trim();
  if (!m || !help || readsAsWishedHelp(help)) return null;
  return { help, wish: said.slice(help.length).replace(/^[\s,.;]+(?:but|and|tho|though)\s+/i, '').trim() };
}

/**
 * "no i mean that DOES help already", "it already helps", "i already have that": said just after the
 * bot took their help for a wish, it says the help is had now. A new help ("my mum helps already")
 * names who or what; this points back with "that" or "it", so it is never kept as help itself.
 */
const HELPS_ALREADY =
  /^(?:(?:no+|nah|nope|wait|sorry|actually|but|i\s+mean|i\s+meant|i\s+said)\s+)*(?:(?:that|it|this|those|they|thats|its)\s+(?:(?:does|do|did|already|really|actually|is|s)\s+)*(?:help|helps|helping|works|work|working)(?:\s+(?:me|him|her|them|us))?(?:\s+(?:already|now|right\s+now|at\s+the\s+moment|atm))*|(?:i|we|he|she|they)\s+(?:(?:do|does|already)\s+)*(?:have|has|get|gets|got|use|uses)\s+(?:that|it|this|one|them)(?:\s+(?:already|now|right\s+now|at\s+the\s+moment|atm))+|(?:i|we|he|she|they)\s+already\s+(?:have|has|get|gets|got|use|uses)\s+(?:that|it|this|one|them))$/;

export function saysItHelpsAlready(text: string): boolean {
  return HELPS_ALREADY.test(normaliseMessage(text).replace(/\s+(?:lol|haha|tho|though|honestly|tbh)$/, ''));
}
