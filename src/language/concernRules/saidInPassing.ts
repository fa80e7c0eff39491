import { r, type Rule } from './shared';

/**
 * Self-harm and suicide said in passing, inside an answer about needs or the future: "help with
 * budgeting, cooking, and stopping the cutting", "cut cut cut. it helps", "i dont expect to make
 * it to 21", "my plan after sixth form is not to have an after", not eating as a punishment.
 */
export const STOPPING_THE_HARM: readonly Rule[] = [
  r('self_harm_or_suicide', String.raw`\b(?:stop|stopping|stopped|quit|quitting|give\s+up|giving\s+up)\s+(?:the\s+)?(?:cutting|self\s+harm(?:ing)?|burning\s+myself|hurting\s+myself|cutting\s+myself)\b(?![^~]{0,20}\b(?:paper|the\s+(?:cake|grass|hedge|hair)|hair|wood|card|shapes|onions|vegetables|veg)\b)|\b(?:cut|cutting|burning)\s+(?:(?:cut|cutting|burning)\s+)*(?:it|that)\s+(?:help|helps|helped|works)\b|\b(?:cutting|self\s+harm(?:ing)?)\s+(?:is\s+)?(?:the\s+only\s+thing\s+that\s+)?(?:helps|works|calms\s+me)\b`),
];

export const NO_AFTER: readonly Rule[] = [
  r('self_harm_or_suicide', String.raw`\b(?:dont|never|doubt|wont|cant)\s+(?:\w+\s+){0,5}?make\s+it\s+(?:to|past)\s+(?:1[6-9]|2\d|30|sixteen|seventeen|eighteen|nineteen|twenty\w*|my\s+(?:next\s+)?(?:birthday|\d+\w*)|adult\w*|next\s+year|the\s+end\s+of\s+(?:the\s+)?year)\b(?![^~]{0,20}\b(?:without|unless|if\s+i\s+dont|in\s+(?:time|the\s+team|the\s+squad)|on\s+time)\b)|\bnot\s+(?:to\s+)?(?:have|be)\s+an\s+after\b|\bthere\s+(?:is|isnt|wont\s+be)\s+(?:no\s+|an?\s+)?after\s+for\s+me\b`),
];

export const STARVED_AS_PUNISHMENT: readonly Rule[] = [
  r('self_harm_or_suicide', String.raw`\b(?:eat|eating|eats|ate|meals?|food|starve|starving|starved)\b[^~]{0,50}\b(?:punish|punishing|punishment|punished)\b(?<!\b(?:mum|dad|parents|she|he|they|teacher|carer)\s+(?:\w+\s+){0,3}punish\w*)|\b(?:punish|punishing)\s+myself\b[^~]{0,40}\b(?:not\s+eating|dont\s+eat|starv\w*|skip\w*\s+(?:meals|food|dinner|tea|lunch)|no\s+food)\b`),
];
