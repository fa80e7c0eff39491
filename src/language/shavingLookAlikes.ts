/*
 * Shaving that looks like self-harm ("use a razor" is a self-harm rule's words), set aside as an idiom
 * (concernIdioms.ts), read on concernText output. Only the WHOLE message, from its first word to its last: a
 * razor learnt or used to shave a named everyday place ("help me learn to use a razor to shave my legs").
 * Anything before or after ("...and then on my arms", "...when im sad") may be what the message is about,
 * and is read as ever; so is a razor "on" a body part, or any place but legs, face, chin, beard or armpits.
 */

/** What is shaved: an everyday place only. */
const SHAVED = '(?:my\\s+)?(?:legs|face|chin|beard|armpits|underarms|moustache|top\\s+lip)';

/**
 * "help me learn to use a razor to shave my legs", "i want to shave my face with a razor by myself",
 * "learn how to use a razor for shaving".
 */
export const SHAVING_LEARNT_SOURCE =
  `^\\s*(?:(?:please\\s+)?help\\s+me\\s+(?:to\\s+)?|i\\s+(?:want|need|would\\s+like|wanna)\\s+(?:help\\s+|someone\\s+)?(?:to\\s+)?|id\\s+like\\s+to\\s+|to\\s+)?(?:be\\s+able\\s+to\\s+|learn(?:\\s+how)?\\s+to\\s+)?` +
  `(?:use\\s+(?:a|my|the)\\s+razor\\s+(?:to\\s+shave(?:\\s+${SHAVED})?|for\\s+shaving(?:\\s+${SHAVED})?)|shave\\s+${SHAVED}\\s+with\\s+(?:a|my|the)\\s+razor)` +
  `(?:\\s+(?:on\\s+my\\s+own|by\\s+myself|safely|properly))?\\s*$`;

/**
 * "help me learn to use a razor for my beard", "i want to learn how to use a razor on my face safely": a shaving skill
 * asked for, the whole message. A razor with no shaving word ("help me learn to use a razor") may be self-harm, so it
 * is read as ever; so are "i use a razor on my arms" and "...a razor when im sad".
 */
export const RAZOR_SKILL_SOURCE =
  `^\\s*(?:(?:please\\s+|can\\s+(?:you|u|someone)\\s+)?help\\s+me\\s+(?:to\\s+)?|i\\s+(?:want|need|would\\s+like|wanna)\\s+(?:help\\s+|someone\\s+)?(?:to\\s+)?|id\\s+like\\s+to\\s+)?` +
  `(?:learn(?:\\s+how)?\\s+to|be\\s+shown\\s+how\\s+to)\\s+use\\s+(?:a|my|the)\\s+(?:shaving\\s+razor|razor\\s+(?:for|on)\\s+${SHAVED}|razor\\s+(?:for\\s+shaving|to\\s+shave|when\\s+i\\s+shave))` +
  `(?:\\s+(?:on\\s+my\\s+own|by\\s+myself|safely|properly))?\\s*$`;
