import { saysHardThing } from './hardThing';
import { namesHomeAdultBesideHarm } from './homeAdultBesideHarm';
import { clausesOf, normaliseMessage } from './text';
import { speaksWarmlyOf } from './warmPraise';

/*
 * Asked how people can support them, a child says only what is hard: "pe because i always drop the
 * ball and people laugh. and writing takes ages and my hand hurts". That is no help to keep as
 * support; it belongs with what is hard. Every sentence must say something hard, and no word of
 * help may be anywhere in the message ("writing hurts my hand so a laptop helps" is support).
 */

/** Something hard in a sentence: it hurts, it takes ages, they drop things, people laugh, it is hard. */
const HARD =
  /\b(?:hurts?|hurting|aches?|sore|painful|takes?\s+(?:me\s+)?(?:ages|forever|so\s+long|too\s+long|a\s+long\s+time)|drops?|dropping|fall\s+over|falls?\s+over|laugh|laughs|laughing|struggle|struggles|hard|difficult|tricky|cant|cannot|hate|hates|scared|scary|worried|worry|stuck|confus\w*|upset|embarrass\w*|messy|too\s+(?:loud|fast|noisy|busy))\b/;

/** Any word of how to help: then it is a support answer, as before. */
const HELP =
  /\b(?:help\w*|works?\s+(?:best|well)|better\s+(?:when|if)|best\s+(?:when|if)|if\s+(?:you|people|they|someone|staff|teachers?|i\s+(?:can|get|have))|when\s+(?:you|staff|teachers?|someone)|need|needs|let|lets|give|gives|tell|show|explain\w*|remind\w*|use|using|laptop|ipad|tablet|computer|extra\s+time|time\s+to|breaks?|time\s+out|calm\w*|quiet|support\w*|instead|should|could|so\s+(?:i|that)|please)\b/;

/**
 * Help said as what people should or should not do: "a teacher who doesnt laugh when i get stuck",
 * "not rushing me", "being patient when i drop things", "someone to sit with me".
 */
const HELP_SHAPE =
  /\b(?:who|that)\s+(?:doesnt|dont|wont|never|is|are|will|can|understands?|listens?|knows?|waits?)\b|\b(?:doesnt|dont|not|never|no\s+one|nobody)\s+(?:\w+\s+){0,2}(?:laugh\w*|rush\w*|shout\w*|make\s+me|made)\b|^(?:being|having|someone|somebody|a\s+(?:teacher|person|friend|grown\s*up|adult|helper|ta)|people\s+who|adults\s+who|staff\s+who|when\s)/;

/**
 * How grown-ups should talk to the child, from a parent: "dont talk to her like a baby, she hates it", "dont say oh
 * bless him", "people talk to me over his head and he hate it". What he hates is how he is spoken to: support.
 */
const SPOKEN_TO =
  /^(?:please\s+)?(?:dont|do\s+not|never)\s+(?:say|talk|speak|treat|call|rush|shout|ask)\b|\b(?:talk|talks|speak|speaks)\s+(?:to\s+me\s+)?over\s+(?:his|her|their)\s+head\b|\b(?:treat|treats|talk\s+to|talks\s+to|speak\s+to|speaks\s+to)\s+(?:him|her|them)\s+like\s+(?:a\s+)?baby\b|\b(?:he|she|they)\s+(?:is|are)\s+(?:\d+\s+)?not\s+(?:a\s+)?baby\b/;

export function saysOnlyHardAtSupport(text: string): boolean {
  // "my step dad hurts my hand when im slow" is no hard thing for the plan: it is left to the concern path.
  if (text.length > 300 || namesHomeAdultBesideHarm(text)) return false;
  // "he laughs loads and hes so cuddly": the child's own laughter is praise, never a hard thing.
  if (speaksWarmlyOf(text)) return false;
  const said = normaliseMessage(text);
  if (!said || HELP.test(said) || HELP_SHAPE.test(said) || SPOKEN_TO.test(said)) return false;
  const sentences = clausesOf(text).map((s) => normaliseMessage(s)).filter((s) => /[a-z]/.test(s));
  return sentences.length > 0 && sentences.every((s) => HARD.test(s) || saysHardThing(s));
}
