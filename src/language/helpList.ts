import { provisionItems } from './support';
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
