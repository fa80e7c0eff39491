import { provisionItems } from './provisionItems';
import { OPENER, SUPPORT_HEAD } from './supportWords';
import { foldCase } from './text';

/*
 * "a TA, extra time and a laptop" typed where something hard was asked for: only help, named as
 * things (people, time, kit, places), with nothing hard in it. "my TA leaves me on my own",
 * "loud classrooms" or "teachers talk too fast" say what is hard, so they are needs.
 */

/** "i have", "he gets", "she needs": the words before the help, not part of it. */
const HAVING = /^(?:(?:i|he|she|they|we)\s+(?:have|has|get|gets|need|needs|want|wants|use|uses|would\s+like)\s+)/;
/** Words that make a piece something hard, not help: a lack, too much, a place that upsets, a feeling ("bored in lessons"). */
const HARD = /\b(?:bored|boring|tired|lonely|stressed|confus\w*|frustrat\w*|annoy\w*|big|long|new|other|strange|no|not|never|nobody|none|dont|doesnt|isnt|arent|wont|cant|cannot|didnt|too|enough|loud|noisy|busy|crowded|bright|hard|difficult|scared|scary|worried|anxious|upset|off|leaves?|left|stops?|forgets?|shouts?|late|without)\b/;
/** One piece: help as a noun phrase, then only what it is for or when ("extra time in exams", "someone to read to me"). */
const HELP_PIECE = new RegExp(
  `^(?:${OPENER}\\s+)*(?:[a-z'-]+\\s+){0,2}?(?:${SUPPORT_HEAD})(?:\\s+(?:to|for|in|at|with|on|during|when|so|who|that|from|every|each|once|twice)\\b.*)?$`,
  'i',
);

/**
 * Heads that are as often what is hard ("lessons", "the teachers", "new people"): help only when
 * asked for as a thing ("extra lessons", "a quiet room", "one adult").
 */
const TWO_WAY = /\b(?:lessons?|class(?:es)?|classrooms?|teachers?|staff|people|person|adults?|rooms?|spaces?|places?|groups?|clubs?|sessions?|hours?|breaks|base|hub)\b/;
const ASKED_AS_A_THING = /^(?:a|an|some|more|extra|one|another|access\s+to|\d+)\s/;
/** "help with reading", "support in maths": the need said as help wanted, kept as what is hard. */
const HELP_WITH = /^(?:(?:some|more|extra)\s+)?(?:help|support)\b/;

function isHelpPiece(piece: string): boolean {
  const said = foldCase(piece).replace(/[\u2018\u2019']/g, '').replace(/[.!?]+$/, '').replace(/\s+/g, ' ').trim().replace(HAVING, '');
  if (!said || said.split(' ').length > 10 || HARD.test(said) || HELP_WITH.test(said)) return false;
  if (TWO_WAY.test(said.split(/\s+(?:to|for|in|at|with|on|during|when|so|who|that|from)\s/)[0]!) && !ASKED_AS_A_THING.test(said)) return false;
  return HELP_PIECE.test(said);
}

/** The pieces of help when the whole message is only help; null when anything in it is not. */
export function helpListOnly(text: string): string[] | null {
  if (text.length > 200) return null;
  const pieces = provisionItems(text);
  // "a TA and a laptop" and "TA and laptop" alike: pieces joined by a bare "and" are read one by one.
  const each = pieces.flatMap((p) => p.split(/\s+(?:and|&|\+)\s+/i)).map((p) => p.trim()).filter(Boolean);
  return each.length > 0 && each.every(isHelpPiece) ? pieces : null;
}

/** "quiet time in his room helps a bit", "the ear defenders really help him": what helps, said as a sentence. */
const HELPS_SENTENCE =
  /^(?:(?:and|also|but|well|um+|erm+|i\s+think|i\s+guess)[\s,]+)*(?<help>[a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,9}?)\s+(?:(?:really|also|usually|sometimes|normally|often|always|definitely|does|do|can)\s+)?(?<verb>helps?|seems?\s+to\s+help|is\s+(?:really\s+|very\s+|quite\s+)?helpful|works(?:\s+well)?)(?:\s+(?:him|her|me|them|us|a\s+bit|a\s+little(?:\s+bit)?|a\s+lot|loads|lots|sometimes|most\s+of\s+the\s+time|quite\s+a\s+bit|for\s+now|too|as\s+well|calm\s+down|to\s+calm\s+(?:down|him|her|me)|(?:him|her|me|them)\s+calm\s+down))*$/;
/** Someone or nothing as the subject: "he helps at home", "nothing helps", "that helps": not help named. */
const NOT_HELP_NAMED = /^(?:i|he|she|they|we|it|that|this|what|nothing|nobody|no\s+one|noone|none|everything|anything|something|mum|dad|my\s+(?:mum|dad|mam|brother|sister|nan|gran))$/;

const NO_HELP = /\b(?:not|never|dont|doesnt|didnt|cant|wont|isnt|nothing|nobody|no\s+one|ask|asks|asking|need|needs|needing|want|wants|get|gets|getting|for|to|no|without|any|more|extra)$|\b(?:not|never|dont|doesnt|didnt|cant|cannot|wont|isnt|nothing|nobody|no\s+one)\b/;

/** What helps, when the whole message says only that something helps ("quiet time in his room helps a bit"); else null. */
export function whatHelpsSaid(text: string): string | null {
  const said = foldCase(text).replace(/[\u2018\u2019]/g, "'").replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
  if (!said || said.length > 120 || /\?/.test(said)) return null;
  const match = HELPS_SENTENCE.exec(said)?.groups;
  const help = match?.help?.trim();
  // "help" without an s goes with more than one thing ("the ear defenders help"), never "i need some help".
  if (match?.verb === 'help' && !/s$/.test(help ?? '')) return null;
  // "i dont know how to ask for help", "he needs help": help wanted or missing, never help named.
  if (!help || NOT_HELP_NAMED.test(help) || NO_HELP.test(help.replace(/'/g, ''))) return null;
  // Kept in the words as typed, without the "helps" after them.
  const start = text.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").indexOf(help);
  return start >= 0 ? text.trim().slice(start, start + help.length) : help;
}
