import { readOnce } from './recentReadings';
import { complaintSentence } from './aside';
import { readMoveAnswer } from './moveAnswer';
import { readNoWithInstruction } from './noWithInstruction';
import { normaliseMessage, phrasesOf } from './text';

/*
 * Talk to the bot about what it kept, said where an answer was asked for: never the answer.
 * "Stop. You've made it worse. It's junk", "hang on, you've skipped ahead", "that's wrong": a
 * complaint. "no not gym. the job one": the hope meant is another. "sam is not hard. take it off":
 * a need to take out. "keep the daily part", "make sure the 'daily' and '20 to 30 minutes' are
 * kept": parts of what was kept to keep. Each rule covers the whole message, so answers with the
 * same words stay answers ("not being able to stop", "take off my coat on my own", "keep calm").
 */

export type CorrectionTalk =
  | { kind: 'complaint' }
  /** "no not gym. the job one": `meant` names the hope meant ("job"), `not` the one asked about. */
  | { kind: 'notThat'; not: string; meant: string }
  /** "sam is not hard. take it off": the need named ("sam") is to go. */
  | { kind: 'takeOut'; named: string }
  /** "keep the daily part": the words to keep ("daily"). */
  | { kind: 'keepParts'; parts: string[] }
  /** "No! Do not take that out. Take out the bit about ...": what to do instead ("" for a correction alone). */
  | { kind: 'instead'; instruction: string }
  /** "theres another one that says please delete": a part kept by mistake, named by its words ("please delete"). */
  | { kind: 'saysWords'; words: string }
  /** "can i see my hopes": the hopes kept so far, asked for. */
  | { kind: 'seeHopes' }
  /** "football is not help he need!! it is what he can do next": an earlier answer ("football") is in the wrong place. */
  | { kind: 'wrongPlace'; named: string };

const FEW_WORDS = '(?:[a-z0-9]+\\s+){0,3}?[a-z0-9]+';

/** "no not gym. the job one", "not the gym one, the job one", "no not gym i mean the job one". */
const NOT_THAT = new RegExp(
  `^(?:(?:no|nah|nope|wait|sorry|oops|hang on|hold on|um+)\\s+)*not\\s+(?:the\\s+|that\\s+|this\\s+)?(${FEW_WORDS}?)(?:\\s+one)?\\s+(?:(?:i\\s+(?:mean|meant|said|want|wanted)|its|it is|lets do|do|can we do)\\s+)?the\\s+(${FEW_WORDS})\\s+one(?:\\s+(?:please|pls|instead))?$`,
);

/** "sam is not hard", "the bus isnt a problem", "noise is not a need". */
const NOT_HARD = /^(?:(?:no|nah|wait|um+|but)\s+)*(?:the\s+|my\s+)?([a-z0-9]+(?:\s+[a-z0-9]+){0,3}?)\s+(?:(?:is|are|was|s)\s+not|isnt|arent|wasnt|aint)\s+(?:even\s+)?(?:hard|difficult|a problem|a need|a hard thing|an issue|a barrier|a worry|what makes it hard)$/;

/** "take it off", "remove it please", "get rid of that". */
const TAKE_IT_OFF = /^(?:(?:so|please|pls|can you|could you|just)\s+)*(?:take\s+(?:it|that|him|her|them|this)\s+(?:off|out|away)|remove\s+(?:it|that|him|her|them|this)|delete\s+(?:it|that|him|her|them|this)|get\s+rid\s+of\s+(?:it|that|him|her|them|this))(?:\s+(?:please|pls|now|then))*$/;

/** "keep the daily part", "can you keep the 20 minutes bit in": a short phrase, after "the" or in quotes. */
const KEEP_PART = /^(?:(?:please|pls|can you|could you|just|but|and|ok|i want you to)\s+)*keep\s+((?:the|that|those|these)\s+)?((?:[a-z0-9]+\s+){0,3}?[a-z0-9]+)\s+(?:part|parts|bit|bits|words?)(?:\s+(?:in|in it|in there|please|pls|too|as well))*$/;

/** "I want to make sure the 'daily' and '20 to 30 minutes' are kept", "make sure daily stays in". */
const MAKE_SURE_KEPT = /^(?:(?:i\s+(?:want|wanted|would like|need)\s+to|id like to|can you|could you|please|pls|just|but|and|ok)\s+)*make\s+sure\s+(?:that\s+)?((?:the|that|those|these)\s+.+?)\s+(?:(?:is|are)\s+(?:kept|left in|still in)|(?:stays?|stay)\s+(?:in|in there|in it|kept)|(is|are)\s+(?:in|in there|in it))(?:\s+(?:please|pls|too|as well))*$/;

/** Words said in quotes: "keep the 'daily' bit". */
const QUOTED = /['‘’"“”][^'‘’"“”]{1,40}['‘’"“”]/;

/** The words asked to be kept, or null: "keep my room tidy bit by bit", "make sure the bins are in" are answers. */
function keepRequest(said: string, text: string): string | null {
  const keep = KEEP_PART.exec(said);
  if (keep && (keep[1] || QUOTED.test(text)) && !/\b(?:bits?|parts?|by)\b/.test(keep[2]!)) return keep[2]!;
  const sure = MAKE_SURE_KEPT.exec(said);
  if (sure && (!sure[2] || QUOTED.test(text))) return sure[1]!;
  return null;
}

/** "can i see my hopes", "what are my dreams so far?", "show me my hopes". */
const SEE_HOPES =
  /^(?:(?:so|ok|okay|um+|wait|but|please|pls|stop|first)\s+)*(?:(?:can|could|may)\s+(?:i|we|u|you)\s+(?:please\s+)?(?:see|look at|have a look at|check|read|have)|(?:show|tell|remind)\s+(?:me|us)(?:\s+again)?|(?:what|wat|wot)\s+(?:are|were|r)|(?:i want to|i wanna|let me|id like to)\s+(?:see|look at|check)|list)\s+(?:all\s+)?(?:my|our|his|her|the|me|them)\s+(?:hopes?|dreams?|hopes and dreams|dreams and hopes)(?:\s+(?:so far|again|please|pls|now|then))*$/;

/** The kinds of answer a question asks for, as people name them: "help he needs", "what he can do next", "a hope". */
const ANSWER_KIND = String.raw`(?:a\s+|an\s+|another\s+)?(?:help(?:\s+(?:he|she|they|i|you)\s+needs?)?|what\s+(?:helps|(?:he|she|they|i|you)\s+(?:can|could|will|would|wants?|needs?|feels?)\b[a-z ]{0,30})|hope|dream|goal|step|hard\s+thing|need|how\s+(?:he|she|they|i)\s+feels?)`;

/** "football is not help he need!! it is what he can do next": the answer named, said to belong to another question. */
const WRONG_PLACE = new RegExp(
  String.raw`^(?:(?:no|nah|wait|sorry|but)\s+)*(?:the\s+)?([a-z0-9]+(?:\s+[a-z0-9]+){0,3}?)\s+(?:is\s+not|isnt|is\s+no|was\s+not|wasnt|aint)\s+${ANSWER_KIND}\s+(?:(?:it|that)\s+is|its|thats|but|but\s+it\s+is)\s+${ANSWER_KIND}$`,
);

/** Words said before a correction that change nothing. */
const STOP_OR_WAIT = /^(?:stop|stop it|wait|hang on|hold on|no|nah|oi|ugh+|omg|seriously)$/;

function saidPhrases(text: string): string[] {
  return phrasesOf(text).map((s) => normaliseMessage(s)).filter(Boolean);
}

/** The parts to keep, taken from the quoted words when there are some ("the 'daily' and '20 to 30 minutes'"). */
function partsOf(raw: string, said: string): string[] {
  const quoted = [...raw.matchAll(/['‘’"“”]([^'‘’"“”]{1,40})['‘’"“”]/g)].map((m) => normaliseMessage(m[1]!)).filter(Boolean);
  if (quoted.length > 0) return quoted;
  return said.split(/\s+and\s+|\s*,\s*/).map((p) => p.replace(/^(?:the|my)\s+/, '').trim()).filter(Boolean);
}

/** "theres another one that says please delete", "the one that says idk is wrong": a kept part named by the words in it. */
const ONE_THAT_SAYS =
  /^(?:(?:and|also|oh|wait|no|but)\s+)*(?:(?:theres|there s|there is)\s+(?:another|one more|also\s+one|also\s+another|a)|(?:and\s+)?the)\s+(?:one|hope|dream|bit|thing|need)\s+(?:that|which|what|where\s+it)\s+(?:says|said|has|reads|goes)\s+(.{2,60}?)(?:\s+(?:too|as well|also|in it|is wrong|isnt a hope|is not a hope))*$/;

/** The message is talk to the bot about what it kept (or asks), never an answer; null when it is not. */
export const readCorrectionTalk = readOnce(readCorrectionTalkAfresh);
function readCorrectionTalkAfresh(text: string): CorrectionTalk | null {
  if (text.length > 200) return null;
  const said = normaliseMessage(text);
  if (SEE_HOPES.test(said)) return { kind: 'seeHopes' };
  const saying = ONE_THAT_SAYS.exec(said)?.[1];
  if (saying) return { kind: 'saysWords', words: saying };
  const misplaced = readMoveAnswer(text) ? null : WRONG_PLACE.exec(said)?.[1];
  if (misplaced && !/^(?:it|that|this|he|she|they|i|we|you)$/.test(misplaced)) return { kind: 'wrongPlace', named: misplaced };
  // "wait the baking thing was for the last question" is a move, read by its own reader.
  const instead = readMoveAnswer(text) ? null : readNoWithInstruction(text);
  // "no. is that enough?" is a no with a question, answered by the chat: never a correction.
  if (instead && !instead.question) return { kind: 'instead', instruction: instead.instruction };
  const notThat = NOT_THAT.exec(said);
  if (notThat && notThat[1] !== notThat[2]) return { kind: 'notThat', not: notThat[1]!, meant: notThat[2]! };
  const sentences = saidPhrases(text);
  // "sam is not hard. take it off": a need named, then asked away.
  if (sentences.length === 2 && TAKE_IT_OFF.test(sentences[1]!)) {
    const named = NOT_HARD.exec(sentences[0]!)?.[1];
    if (named && !/^(?:it|that|this|he|she|they|i|we|you)$/.test(named)) return { kind: 'takeOut', named };
  }
  const keep = keepRequest(said, text);
  if (keep) {
    const raw = text.slice(Math.max(0, text.toLowerCase().search(/\b(?:keep|make sure)\b/)));
    return { kind: 'keepParts', parts: partsOf(raw, keep) };
  }
  // "Stop. You've made it worse. It's junk.": every sentence is a complaint, or only leads up to one.
  const complaints = sentences.filter((s) => complaintSentence(s));
  if (complaints.length > 0 && sentences.every((s) => complaints.includes(s) || STOP_OR_WAIT.test(s))) return { kind: 'complaint' };
  return null;
}
