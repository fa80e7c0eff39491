import { normaliseMessage } from './text';

/*
 * Online grooming, told by a child who does not know it is wrong: someone (often met in a game or an
 * app) asks for pictures, says they are "mature for their age", asks them to keep it secret, or was
 * sent pictures. After such a note the child's questions ("is it bad?", "should i send them?", "what
 * do i say to him", "he's waiting") need a clear, direct answer for that harm, never "OK, let's carry
 * on". Reading the signs only marks the note; the disclosure itself is read elsewhere, as ever.
 */

const PICTURES = String.raw`(?:pictures?|pics?|piccies|photos?|fotos?|selfies?|snaps?|nudes?|videos?|vids?)`;
const ASKING = String.raw`(?:ask|asks|asked|asking|askin|keeps\s+asking|kept\s+asking|wants|wanted|want|begging|begs|beg|messag\w*|dm\w*|text\w*)`;

const SIGNS = new RegExp(
  [
    // "keeps asking me for pictures of me", "wants me to send pics", "asking for a pic"
    String.raw`\b${ASKING}\s+(?:me\s+)?(?:for|to\s+(?:send|see|have|get))\s+(?:\w+\s+){0,3}?${PICTURES}\b`,
    String.raw`\b${ASKING}\s+(?:me\s+)?(?:again\s+)?(?:for\s+)?(?:a|some|more|my)\s+${PICTURES}\b`,
    // "i sent him a pic", "i sent pictures"
    String.raw`\bi\s+(?:sent|send|showed|gave)\s+(?:him|her|them|this\s+\w+|the\s+\w+\s+\w+|\w+)?\s*(?:a\s+|some\s+|my\s+|the\s+)?${PICTURES}\b`,
    // "he says im really mature for my age", "grown up for my age"
    String.raw`\b(?:mature|grown\s+up|grownup|old)\s+for\s+(?:my|your|her|his|me)\s+age\b`,
    // "says to keep it secret", "our little secret", "told me not to tell anyone"
    String.raw`\b(?:keep\s+(?:it|this|us|them|the\s+\w+)\s+(?:a\s+)?secret|(?:our|a)\s+(?:little\s+)?secret|just\s+between\s+(?:us|me\s+and\s+him)|(?:says|said|told\s+me|tells\s+me)\s+(?:not\s+to|to\s+not|dont|do\s+not|never)\s+tell)\b`,
  ].join('|'),
);

/** Whether the message tells of someone asking for pictures, "mature for your age", secrecy, or pictures sent. */
export function tellsOfOnlineGrooming(text: string): boolean {
  if (text.length > 2_000) return false;
  return SIGNS.test(normaliseMessage(text));
}

const HIM = String.raw`(?:him|her|them|this\s+(?:person|guy|man|boy|girl)|the\s+(?:\w+\s+)?(?:person|guy|man|boy|girl|lad))`;
/** Something done about the person or the pictures: sending, answering, blocking. */
const DO = String.raw`(?:send|sent|give|show|reply|answer|respond|message|text|talk\s+to|meet|block|ignore|tell|do|say|write|delete)`;

const QUESTIONS = new RegExp(
  [
    // "is it bad tho?", "is that wrong", "is it ok to send them", "is he allowed to ask that": never "is it ok if i skip this".
    String.raw`\b(?:is|isnt|was)\s+(?:it|that|this|he|she|they|what\s+he\s+\w+)\s+(?:really\s+|actually\s+|so\s+|even\s+)?(?:bad|wrong|ok|okay|alright|all\s+right|normal|weird|creepy|dodgy|allowed|illegal|safe|fine)\b(?!\s+(?:if|that|when|for\s+me\s+to|to)\s+(?!(?:i\s+)?(?:${DO}|him|her|them)\b)\w)`,
    // "idk if thats bad", "not sure if its ok"
    String.raw`\b(?:idk|i\s+dont\s+know|i\s+do\s+not\s+know|dunno|not\s+sure|wonder(?:ing)?)\s+(?:if|whether)\s+(?:it|its|thats|that|this|hes|he\s+is|it\s+is)\s+(?:is\s+)?(?:bad|wrong|ok|okay|alright|normal|weird|allowed)\b`,
    // "should i send them?", "can i send one", "do i have to reply", "shall i block him"
    String.raw`\b(?:should|shall|can|could|do|must|would)\s+i\s+(?:have\s+to\s+|still\s+|just\s+)?(?:send|give|show|reply|answer|respond|message|text|meet|block|ignore|delete)\b`,
    String.raw`\bdo\s+i\s+(?:have|need)\s+to\s+(?:send|give|show|reply|answer|respond|message|text|meet|do\s+(?:it|what\s+he))\b`,
    // "what do i say to him", "what should i do", "what do i tell him"
    String.raw`\bwhat\s+(?:do|should|shall|can|would)\s+i\s+(?:say|tell|reply|write|send|text|message|do)\b(?:\s+(?:to|back\s+to)?\s*${HIM}|\s*(?:now|then|\?|$))`,
    // "he's waiting", "he is still waiting for a reply"
    String.raw`\b(?:he|she|they|hes|shes|theyre)\s+(?:is\s+|are\s+|s\s+)?(?:still\s+)?waiting\b`,
    // "will i get in trouble", "am i in trouble", "is it my fault"
    String.raw`\b(?:will|would|could|am)\s+i\s+(?:get\s+|be\s+)?(?:in\s+)?trouble\b|\bis\s+(?:it|this|that)\s+my\s+fault\b`,
    // "u didnt say if its bad", "i asked if i should send the pictures", "you never answered"
    String.raw`\b(?:you|u)\s+(?:still\s+)?(?:didnt|did\s+not|never|havent|have\s+not|dint)\s+(?:say|said|answer\w*|ans\w*|reply|replied|tell\s+me)\b`,
    String.raw`\bi\s+(?:asked|was\s+asking|ask)\s+(?:you\s+|u\s+)?(?:if|whether|what|about)\b`,
  ].join('|'),
);

/**
 * Whether the message asks what to do about the person or the pictures, or whether it is wrong. Read
 * only where a grooming note was made, so "should i send them?" there is about the pictures.
 */
export function asksAboutGrooming(text: string): boolean {
  if (text.length > 500) return false;
  return QUESTIONS.test(normaliseMessage(text));
}
