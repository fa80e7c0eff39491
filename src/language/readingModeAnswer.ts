import { recogniseCommand } from './commands';
import { normaliseReply } from './polarity';

/* The first question's answer, by meaning rather than the buttons' words: easy read or standard. */

export type ReadingModeAnswer = 'standard' | 'easy_read';
/** Words that mean a mode, wherever they stand: the first one said wins ("easy read please, not the long one"). */
const EASY_CUES =
  /\b(?:easy|easi\w*|ezy|eezy|eazy|ez|esy|ez+e+|ee+z+y*|easyread|basic|less words|fewer words|not (?:too )?many words|simple|simpler|simplest|simply|plain|short|shorter|little words|small words|pictures?|symbols?|dyslexi\w*|struggles?|not (?:so |very )?good (?:at|with)|hard to read|(?:find|finds) reading (?:hard|difficult|tricky)|reading is (?:hard|difficult|tricky)|cant read|can not read|reads? slowly|learning disabilit\w*)\b/;
const STANDARD_CUES =
  /\b(?:normal|normall?y|nrml|norm|standard|standerd|standed|stnd|standar|regular|usual|proper|full|big words|long words are fine|grown up|adults?|(?:i can |i )read (?:fine|well|ok|okay|very well)|not babyish|first one|first|1st)\b/;
/** "not easy read", "easy read is babyish": a cue turned round. */
const NOT_EASY = /\b(?:not|no|dont want|without|(?:dont|do not|doesnt|does not|no) need(?: for)?)\s+(?:the\s+|an?\s+)?(?:easy|simple)\b|\b(?:easy read|easy|simple)\b[^.]*\b(?:babyish|patronising|childish|too basic|leave out)\b/;
const NOT_STANDARD = /\b(?:not|no|dont want)\s+(?:the\s+)?(?:normal|standard|regular)\b/;

/** Easy read or standard words, from a reply to the first question. */
/** Asking how the two differ, or which to pick, names both and chooses neither. */
const ASKS_THE_DIFFERENCE = /\b(?:difference|diffrence|differance|diffrance|difrence|diference|diff)\b|\b(?:which|what) (?:one )?(?:is|s) (?:better|best|easier)\b/;

/** "how is easy read different", "can you tell me the difference", "whats standard words mean": how the two differ asked. */
const ASKS_HOW_THEY_DIFFER = /\b(?:different|diffrent|difrent|differant|differ)\b|\b(?:mean|means|meaning|explain)\b/;
/** "what is easy read?", "whats standard": a question about a way to write, by its opening words. */
const ASKS_WHAT_ONE_IS =
  /^(?:(?:so|um+|erm+|ok|okay|and|but|sorry|hi|hey|hello|wait)\s+)*(?:(?:what|wat|wot)\s+(?:is|are|does|do|s)|whats|wats|wots|whys|how\s+(?:is|are|does|do)|(?:can|could|would)\s+(?:you|u)\s+(?:tell|explain|say)|tell\s+me|explain)\b/;

/** Each sentence of a message, made plain. */
const sentencesOf = (text: string) => text.split(/[?!.\n]+/).map((s) => normaliseReply(s)).filter(Boolean);

/** A sentence that asks about the two ways to write (how they differ, what one is, which is best): never a pick. */
function asksAboutTheModes(plain: string): boolean {
  return ASKS_THE_DIFFERENCE.test(plain) || ASKS_HOW_THEY_DIFFER.test(plain) || ASKS_WHAT_ONE_IS.test(plain);
}

/**
 * "um what's the difference between standard and easy read? not sure", "what is easy read?": the
 * message asks about the two ways to write and picks neither, so both are explained and the question asked again.
 */
export function asksAboutReadingModes(text: string): boolean {
  const sentences = sentencesOf(text);
  return sentences.some(asksAboutTheModes) && !sentences.some((s) => !asksAboutTheModes(s) && readReadingMode(s) !== undefined);
}

/**
 * Words about reading or the two ways to write. A longer message without them ("Hello, I'm Tia's nan,
 * I look after her full time") is about something else: a word like "full" or "struggles" in it picks nothing.
 */
const ABOUT_READING = /\b(?:read\w*|words?|wording|writing|version|mode|easy\w*|ezy|eazy|standard|normal|text|language|pictures?|symbols?|dyslexi\w*|one|sentences?)\b/;
const LONGER = 6;

export function readReadingMode(text: string): ReadingModeAnswer | undefined {
  const plain = normaliseReply(text);
  if (!plain) return undefined;
  if (plain.split(' ').length > LONGER && !ABOUT_READING.test(plain)) return undefined;
  // "what is the difference between standard and easy read", "what is easy read?": a question about them, never a pick.
  const sentences = sentencesOf(text);
  if (sentences.length > 1 && sentences.some(asksAboutTheModes)) {
    // "whats easy read? ok ill have that one": the sentence that picks, if one does.
    const picks = sentences.filter((s) => !asksAboutTheModes(s)).map((s) => readReadingMode(s)).filter((m) => m !== undefined);
    return picks[0];
  }
  if (asksAboutTheModes(plain)) return undefined;
  if (/^(?:2|two|second|the second(?: one)?|2nd|number 2)$/.test(plain)) return 'easy_read';
  if (/^(?:1|one|the first(?: one)?|number 1)$/.test(plain)) return 'standard';
  // The first letter of a button: "E", "S".
  if (plain === 'e') return 'easy_read';
  if (plain === 's') return 'standard';
  const easy = EASY_CUES.exec(plain);
  const standard = STANDARD_CUES.exec(plain);
  const notEasy = NOT_EASY.test(plain);
  const notStandard = NOT_STANDARD.test(plain);
  if (easy && !notEasy && (!standard || notStandard || easy.index < standard.index)) return 'easy_read';
  if (standard && !notStandard) return 'standard';
  if (notEasy) return 'standard';
  if (notStandard) return 'easy_read';
  // Asking for a register the way one asks anywhere ("eesy read pls") answers the question that offers it.
  const asked = recogniseCommand(text);
  if (asked === 'easyRead') return 'easy_read';
  if (asked === 'standard') return 'standard';
  return undefined;
}

/** "dunno. whatever", "dont mind", "up to you": no way to write chosen, and no question asked. */
const NO_PREFERENCE =
  /^(?:i\s+)?(?:dunno|dont know|do not know|idk|not sure|no idea|whatever|watever|wateva|whatevs|dont mind|do not mind|dont care|do not care|not bothered|either|either one|either is fine|any|anything|up to you|you choose|you pick|doesnt matter|does not matter|dont matter|meh)(?:\s+(?:really|tbh|lol|i guess|then|mate|innit|either way|honestly))*$/;

/** Whether every sentence only says they don't mind how the bot writes (standard words will do). */
export function noReadingPreference(text: string): boolean {
  const sentences = sentencesOf(text);
  return sentences.length > 0 && sentences.length <= 3 && sentences.every((s) => NO_PREFERENCE.test(s));
}
