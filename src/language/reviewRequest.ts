import type { PlanPart, SenArea } from '../domain/vocabulary';
import { moveWithoutPlace, readOutcomeToHope } from './outcomeToHope';
import { underWrongHope } from './wrongHope';
import { partSaidToFix } from './partSaysFix';
import { wordsAsTyped } from './text';
import { quotedChange } from './quotedChange';

/*
 * What a person asks for, in their own words, while looking over their draft: a new hope ("can I
 * add another dream", "add a hope about swimming"), new words for a part ("change the help for
 * reading to a tutor", "the bit about noise is wrong, it should say loud bells"), or a need moved
 * to another part of the plan ("that's a health thing not school", "put the worry one under
 * health"). Only the request is read here; which part of the draft is meant is the dialog's to find.
 */

/** One way to read "change A to B": the part named, and the new words ('' when none were said). */
export interface ChangeSplit {
  target: string;
  to: string;
}

export type ReviewRequest =
  /** `hope`: the new hope when said with the request ('' if not); `about`: what it is about ("swimming"). */
  | { kind: 'addHope'; hope: string; about: string }
  /** Every reading of the words, the shortest part named first ("change my dream to I want to ..."). */
  | { kind: 'change'; splits: ChangeSplit[] }
  /** `target` is '' for "that", "it", "this one". */
  | { kind: 'section'; target: string; part: PlanPart; area?: SenArea }
  /** A part said in the wrong place: "that's a problem not a hope", "put the lego one under hopes". */
  | { kind: 'moveTo'; target: string; to: 'hope' | 'need' }
  /** An outcome that belongs to another hope: "move the swimming one to the friends hope" (`target` '' for "it"). */
  | { kind: 'toHope'; target: string; hope: string; away?: string };

const MAX_CHARS = 300;
const HOPE_WORD = '(?:hopes?|dreams?|wish(?:es)?|goals?|aspirations?|ambitions?)';
const LEAD = '(?:(?:can|could|may|pls|please|i|id|we|wed|would|like|want|wanna|to|just|also|oh|and|ok|okay|actually|um|so|yes|yeah|let|me|us|need|have|got|forgot|another|one|more|new|extra|a|an|the|more|i\\s+want\\s+to)\\s+)*';
const ADD_VERB = '(?:add|put|put\\s+in|put\\s+down|write|write\\s+down|include|stick\\s+in|have|got|forgot|give|there\\s+is|theres)';

/** "can i add another dream", "add a hope about swimming", "i forgot a dream: to be a vet". */
const ADD_HOPE = new RegExp(`^${LEAD}${ADD_VERB}\\s+(?:in\\s+)?(?:(?:another|a|an|one|more|new|extra|other|my|a\\s+new|one\\s+more|an\\s+extra|an\\s+other|something)\\s+)*${HOPE_WORD}\\b(?:\\s+(?:in|on|too|as\\s+well|please|pls)\\b)*(.*)$`, 'i');
/** "i wanna add smth, i want my own flat": something new, said with it, is a new hope. */
const ADD_THING = new RegExp(`^${LEAD}add\\s+(?:something|smth|sth|somethin|summat|another\\s+thing|one\\s+more\\s+thing|a\\s+thing|more|one\\s+more|another\\s+one|a\\s+new\\s+one|to\\s+(?:it|my\\s+plan|the\\s+plan))\\b(?:\\s+(?:else|new|too|please|pls|to\\s+(?:it|my\\s+plan|the\\s+plan)))*(.*)$`, 'i');
/** "another dream please", "new hope: i want to swim". */
/** "can i not have a 7th one about sleep?", "could we do one more outcome for sleep": another outcome asked for, about what is named. */
const ANOTHER_OUTCOME = new RegExp(`^${LEAD}(?:not\\s+)?(?:have|add|do|get|make|write)\\s+(?:a|an|another|one\\s+more)\\s+(?:(?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|extra|more|other)\\s+)?(?:one|outcome|goal|target)\\b(.*)$`, 'i');
const ANOTHER_HOPE = new RegExp(`^(?:(?:can|could|i|have|got|one|and|oh|also)\\s+)*(?:another|a\\s+new|one\\s+more|an\\s+extra|new|extra)\\s+${HOPE_WORD}\\b(.*)$`, 'i');

const CHANGE_VERB = '(?:change|edit|fix|update|correct|alter|reword|rewrite|redo|swap|replace|make)';
const CHANGE_LEAD = '(?:(?:can|could|may|pls|please|i|id|we|would|like|want|wanna|to|just|also|oh|actually|um|so|you|let|me|need)\\s+)*';
const CHANGE = new RegExp(`^${CHANGE_LEAD}${CHANGE_VERB}\\s+(.+)$`, 'i');
/** "change the catheter one. it should just say: ...", "fix the bus one, make it: ...": the part, then its new words after a break. */
const CHANGE_THEN_WORDS = new RegExp(
  `^${CHANGE_LEAD}${CHANGE_VERB}\\s+([^.,;:!?]+?)\\s*[.,;:!?]+\\s*(?:(?:and|so|but)\\s+)?(?:(?:(?:it|that|this)(?:\\s+one)?\\s+)?(?:should|needs\\s+to|must)\\s+(?:just\\s+|only\\s+)?(?:say|be|read)|(?:just\\s+)?make\\s+it(?:\\s+say)?|(?:change\\s+it\\s+)?to)\\s*:?\\s*(.+)$`,
  'i',
);
/** Said between the part and its new words when new words follow for sure ("to", "to say"); "for" or "with" may name the part. */
const NEW_WORDS_LEAD = /\s(?:to\s+say|so\s+(?:that\s+)?it\s+says|to|into)\s/i;
/** Said between the part and the new words. */
const INTO = /\s+(?:to\s+say|so\s+(?:that\s+)?it\s+says|so\s+it\s+reads|to|into|with|for|as|so\s+its|so\s+it\s+is)\s+/gi;
/** "the bit about noise is wrong", "the laptop one isnt right". */
const WRONG = /^(.+?)\s+(?:is|are|was|were|s|isnt|arent|isn't|aren't)\s+(?:all\s+|a\s+bit\s+|totally\s+|completely\s+|just\s+)?(?:wrong|not\s+right|incorrect|not\s+true|rubbish|a\s+mistake|not\s+what\s+i\s+(?:said|meant)|right)\b[\s,.;:!-]*(.*)$/i;
/** "it should say loud bells", "should be a tutor", "change it to ...", "make it ...". */
const SHOULD = /^(?:(?:no|but|and|so|instead|actually|really)\s+)*(?:(?:it|that|this|they|this\s+one|that\s+one)\s+)?(?:should\s+(?:say|be|read)|needs\s+to\s+say|must\s+say|means?|meant|i\s+meant|is\s+meant\s+to\s+(?:say|be)|(?:change|put)\s+(?:it|that)\s+to|make\s+it|(?:its|it\s+is)|it\s+says?)\s+(.+)$/i;
/** "the help for reading should be a tutor", "the noise one should say loud bells". */
const PART_SHOULD = /^(.+?)\s+(?:should\s+(?:say|be|read)|needs\s+to\s+say|must\s+say)\s+(.+)$/i;
/** "instead of the laptop put a tablet". */
const INSTEAD = /^instead\s+of\s+(.+?)\s*(?:,|\s)\s*(?:put|say|write|it\s+should\s+(?:say|be)|have|make\s+it)\s+(.+)$/i;

/** The areas of Section B in the words the read-back labels them with: "put it under senses and body". */
const AREA_WORDS: ReadonlyArray<readonly [SenArea, string]> = [
  ['learning', '(?:learning|thinking\\s+and\\s+learning|cognition(?:\\s+and\\s+learning)?)'],
  ['senses_body', '(?:senses\\s+and\\s+(?:the\\s+)?body|senses|sensory(?:\\s+and(?:\\s+or)?\\s+physical)?|physical|body|the\\s+body)'],
  ['feelings', '(?:feelings\\s+and\\s+(?:friends|getting\\s+on\\s+with\\s+others)|feelings|emotions|social\\s+emotional(?:\\s+and\\s+mental\\s+health)?|semh)'],
  ['communication', '(?:talking\\s+and\\s+understanding|talking|communication(?:\\s+and\\s+interaction)?|speech(?:\\s+and\\s+language)?)'],
];

/** The area of Section B a part word names ("learning", "senses and body"); undefined for the section alone ("school"). */
function areaOf(word: string): SenArea | undefined {
  return AREA_WORDS.find(([, words]) => new RegExp(`^${words}$`, 'i').test(word.trim()))?.[0];
}

const PART_WORDS: Record<PlanPart, string> = {
  health: '(?:health|healthcare|health\\s+care|medical|medicine|doctors?|hospital|nurses?|nhs|therapy|therapist|mental\\s+health|wellbeing|well\\s+being|camhs)',
  education: `(?:${AREA_WORDS.map(([, words]) => words).join('|')}|school|schools|education|educational|college|lessons?|class|classroom|nursery|teachers?|uni|university|sixth\\s+form)`,
  social_care: '(?:social\\s+care|social\\s+services|social\\s+worker|social|care|carers?|home|respite|personal\\s+care|looking\\s+after\\s+(?:me|him|her|myself))',
};
const PARTS = Object.keys(PART_WORDS) as PlanPart[];
const ANY_PART = `(?:${Object.values(PART_WORDS).join('|')})`;
const KIND = '(?:thing|one|need|issue|problem|matter|section|part|bit|stuff|question|worry)';
const POINTER = /^(?:it|that|this|this\s+one|that\s+one|the\s+one|one|thats|this\s+bit|that\s+bit|it\s+all)$/i;

/** "put the worry one under health", "move it to school", "file that as health". */
const MOVE = new RegExp(`^${CHANGE_LEAD}(?:put|move|file|list|place|change|shift|switch|have)\\s+(.+?)\\s+(?:under|in|into|to|as|over\\s+to|onto|on)\\s+(?:the\\s+)?(?:an?\\s+)?(${ANY_PART})(?:\\s+${KIND})?(?:\\s+(?:section|part|bit|instead|please|pls))*(?:\\s+not\\s+.*)?$`, 'i');
/** "that's a health thing not school", "the worry one is health not school", "it goes under health". */
const IS_PART = new RegExp(`^(.*?)\\s*(?:is|are|s|goes|go|belongs|should\\s+go|should\\s+be|is\\s+more|is\\s+really|is\\s+actually)\\s+(?:more\\s+(?:of\\s+)?|really\\s+|actually\\s+|about\\s+|kind\\s+of\\s+|sort\\s+of\\s+)*(?:under\\s+|in\\s+|with\\s+)?(?:the\\s+)?(?:an?\\s+)?(${ANY_PART})(?:\\s+${KIND})?\\b(.*)$`, 'i');
/** "not school, health", "its not a school thing its health". */
const NOT_PART = new RegExp(`\\b(?:not|isnt|aint|arent)\\s+(?:really\\s+|actually\\s+|just\\s+)?(?:an?\\s+|the\\s+|about\\s+|under\\s+|for\\s+)?(${ANY_PART})\\b`, 'i');

const HOPE_KIND = '(?:hopes?|dreams?|wish(?:es)?|goals?|aspirations?|ambitions?)';
const NEED_KIND = '(?:problems?|difficult(?:y|ies)|needs?|barriers?|struggles?|worry|hard\\s+things?|(?:a\\s+)?thing\\s+(?:he|she|they|i)\\s+finds?\\s+hard|what\\s+makes\\s+(?:it|things|this)\\s+hard|something\\s+(?:he|she|i|they)\\s+finds?\\s+hard)';
const KIND_OF_PART = `(${HOPE_KIND}|${NEED_KIND})`;
const ARTICLES = '(?:(?:a|an|the|my|his|her|their|more\\s+of\\s+a|really\\s+a|actually\\s+a)\\s+)?';
/** "put the lego one under hopes", "move it to what makes things hard". */
const MOVE_KIND = new RegExp(`^${CHANGE_LEAD}(?:put|move|file|list|place|shift|switch)\\s+(.+?)\\s+(?:under|in|into|to|with|as)\\s+${ARTICLES}${KIND_OF_PART}\\b(.*)$`, 'i');
/** "that's a problem not a hope", "the lego one should be a hope", "it is actually a dream". */
const IS_KIND = new RegExp(`^(.+?)\\s+(?:is|s|should\\s+be|is\\s+supposed\\s+to\\s+be|is\\s+meant\\s+to\\s+be|is\\s+really|is\\s+actually|is\\s+more)\\s+${ARTICLES}${KIND_OF_PART}\\b(.*)$`, 'i');
/** "the lego one isnt a hope its a problem". */
const NOT_KIND = new RegExp(`^(.+?)\\s+(?:isnt|is\\s+not|s\\s+not|aint)\\s+${ARTICLES}${KIND_OF_PART}\\b[\\s,]*(?:(?:its|it\\s+is|but|its\\s+more|thats)\\s+)+${ARTICLES}${KIND_OF_PART}\\b`, 'i');

const kindIs = (word: string): 'hope' | 'need' => (new RegExp(`^${HOPE_KIND}$`, 'i').test(word) ? 'hope' : 'need');

function readMoveTo(said: string): ReviewRequest | null {
  const p = plain(said);
  const not = NOT_KIND.exec(p);
  if (not && kindIs(not[2]!) !== kindIs(not[3]!)) return { kind: 'moveTo', target: targetWords(not[1]!), to: kindIs(not[3]!) };
  const move = MOVE_KIND.exec(p);
  if (move) return { kind: 'moveTo', target: targetWords(move[1]!), to: kindIs(move[2]!) };
  const pointer = /^(?:thats|its|that\s+is|it\s+is|this\s+is|that\s+ones?)\s/.test(p);
  const is = IS_KIND.exec(pointer ? `that ${p.replace(/^(?:thats|its)\s/, 's ').replace(/^(?:that|it|this)\s+(?:ones?\s+)?is\s/, 's ')}` : p);
  // Said plainly ("reading is a problem") it may be a new need: only a contrast or a correction moves a part.
  if (!is || /^(?:my|his|her|our|the)\s+(?:hope|dream|wish|goal|problem|need)/i.test(is[1]!)) return null;
  const tail = (is[3] ?? '').trim();
  const corrected = /\b(?:should|supposed|meant|really|actually|more)\b/.test(is[0].slice(is[1]!.length, is[0].length - (is[3] ?? '').length));
  if (!corrected && !/^not\b/.test(tail)) return null;
  return { kind: 'moveTo', target: targetWords(is[1]!.replace(/\b(?:its|thats)\s*$/, '')), to: kindIs(is[2]!) };
}

function cleaned(text: string): string {
  return text.slice(0, MAX_CHARS).toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim().replace(/[.!?\s]+$/, '');
}


/** The words with only letters, digits and spaces (for matching the patterns). */
function plain(text: string): string {
  return text.replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** What is left after the request: trimmed of the joining words and punctuation, in the person's own case. */
function tidy(text: string): string {
  return text.replace(/^[\s,.;:!?-]+|[\s,.;:!?-]+$/g, '').trim();
}

function partOf(word: string): PlanPart | undefined {
  return PARTS.find((part) => new RegExp(`^${PART_WORDS[part]}$`, 'i').test(word));
}

/** A part named only by "that", "it" or "this one" is the one being talked about: ''. */
function targetWords(text: string): string {
  const t = plain(text).replace(/^(?:(?:so|and|but|oh|ok|okay|um|actually|i\s+think|no|nah|nope|yeah|ye|yes|also|wait|hmm)\s+)+/i, '');
  return POINTER.test(t) ? '' : t;
}

function readAddHope(said: string): ReviewRequest | null {
  const p = plain(said);
  const m = ADD_HOPE.exec(p) ?? ANOTHER_HOPE.exec(p) ?? ADD_THING.exec(p) ?? ANOTHER_OUTCOME.exec(p);
  if (!m) return null;
  // What follows, in the person's own words and case: "about swimming", ": I want to swim", "to be a vet".
  // "for leo", "for him": who the hope is for, not what it is about.
  const rest = (m[1] ?? '').trim().replace(/^(?:for|4)\s+(?:him|her|them|me|my\s+(?:son|daughter|child|boy|girl|kid)|(?!\w+ing\b)\w+)(?=\s+(?:to|that|about|:)\b|$)/i, '').trim();
  const about = /^(?:about|of|around|to\s+do\s+with|for(?=\s+\w+ing\b))\s+(.+)$/.exec(rest);
  if (about) return { kind: 'addHope', hope: '', about: tidy(about[1]!) };
  const hope = tidy(rest.replace(/^(?:its|it\s+is|which\s+is|that\s+is|that|and\s+its|and\s+it\s+is|is)\s+/, ''));
  return { kind: 'addHope', hope: hope.split(/\s+/).length >= 2 || /^to\s/.test(hope) ? hope : '', about: '' };
}

/** Every place the words can be split into a part and its new words, shortest part first. */
function splitsAt(text: string): ChangeSplit[] {
  const splits: ChangeSplit[] = [];
  for (const m of text.matchAll(INTO)) {
    const target = targetWords(text.slice(0, m.index));
    const to = tidy(text.slice(m.index + m[0].length));
    if (to) splits.push({ target, to });
  }
  return splits;
}

function readChange(said: string): ReviewRequest | null {
  const p = plain(said);
  // "the first outcome says both by next summer, can you fix it": that part, and no new words yet.
  const toFix = partSaidToFix(p);
  if (toFix) return { kind: 'change', splits: [{ target: targetWords(toFix), to: '' }] };
  const instead = INSTEAD.exec(p);
  if (instead) return { kind: 'change', splits: [{ target: targetWords(instead[1]!), to: tidy(instead[2]!) }] };
  // Sentences first: "the bit about noise is wrong. it should say loud bells".
  const wrong = WRONG.exec(p);
  const middle = wrong ? wrong[0].slice(wrong[1]!.length, wrong[0].length - wrong[2]!.length) : '';
  // "the bus one is right" is no request; "isnt right" is.
  const saysRight = /\bright\b/.test(middle) && !/\b(?:not|isnt|arent)\b/.test(middle);
  if (wrong && !/^(?:it|that|this|everything|all|it all|nothing)$/.test(wrong[1]!.trim()) && !saysRight) {
    const target = targetWords(wrong[1]!.replace(/^(?:and|but|so|oh|um|i\s+think)\s+/, ''));
    const should = SHOULD.exec(wrong[2]!.trim());
    return { kind: 'change', splits: [{ target, to: should ? tidy(should[1]!) : '' }] };
  }
  const partShould = PART_SHOULD.exec(p);
  if (partShould && !/^(?:i|you|we|he|she|they|my\s+\w+)$/.test(partShould[1]!)) return { kind: 'change', splits: [{ target: targetWords(partShould[1]!), to: tidy(partShould[2]!) }] };
  const then = CHANGE_THEN_WORDS.exec(said);
  // "change 8 to go to the gym twice a week. Make it every Sunday": the new words came first, and the
  // sentence after adds to them; never the second sentence alone.
  const head = then ? then[1]!.trim() : '';
  const firstWords = NEW_WORDS_LEAD.test(head) ? splitsAt(head) : [];
  if (then && firstWords.length > 0) return { kind: 'change', splits: firstWords.map((s) => ({ target: targetWords(plain(s.target)), to: tidy(`${s.to} ${then[2]!.trim()}`) })) };
  if (then && tidy(plain(then[2]!))) return { kind: 'change', splits: [{ target: targetWords(plain(then[1]!)), to: tidy(plain(then[2]!)) }] };
  const change = CHANGE.exec(p);
  if (!change) return null;
  const rest = change[1]!;
  if (/^(?:something|anything|a\s+thing|some\s+things|things|stuff|my\s+answers?)$/.test(rest)) return null;
  const splits = splitsAt(rest);
  return { kind: 'change', splits: [...splits, { target: targetWords(rest), to: '' }] };
}

const withArea = (word: string): { area?: SenArea } => {
  const area = areaOf(word);
  return area ? { area } : {};
};

/** "now under learning", "that one under health please": the part talked about, moved. */
const UNDER_ONLY = new RegExp(`^(?:(?:now|and|ok|okay|so|no)\\s+)*(?:(?:put|move)\\s+)?(?:(?:it|that|that\\s+one|this\\s+one)\\s+)?under\\s+(?:the\\s+)?(${ANY_PART})(?:\\s+(?:section|part|instead|please|pls|now))*$`, 'i');

function readSection(said: string): ReviewRequest | null {
  const p = plain(said);
  const under = UNDER_ONLY.exec(p);
  const underPart = under ? partOf(under[1]!) : undefined;
  if (under && underPart) return { kind: 'section', target: '', part: underPart, ...withArea(under[1]!) };
  const move = MOVE.exec(p);
  if (move) {
    const part = partOf(move[2]!);
    if (part) return { kind: 'section', target: targetWords(move[1]!), part, ...withArea(move[2]!) };
  }
  const is = IS_PART.exec(p);
  if (!is) return null;
  const part = partOf(is[2]!);
  const negated = /\bnot\s*(?:an?|the|about|under|for)?\s*$/.test(`${is[1]} `) || /\bnot\s+(?:an?\s+|the\s+)?$/.test(p.slice(0, p.indexOf(is[2]!, is[1]!.length)));
  if (!part || negated) return null;
  // "reading is hard at school" is a need, not a request: the part is named as a kind of thing,
  // or against another part ("not school"), or after "goes under".
  const tail = is[3] ?? '';
  const asKind = new RegExp(`^${ANY_PART}\\s+${KIND}\\b`, 'i').test(p.slice(p.indexOf(is[2]!, is[1]!.length)));
  const against = NOT_PART.exec(tail) ?? NOT_PART.exec(is[1]!);
  const placed = /\b(?:goes|go|belongs|should\s+go|should\s+be)\b/.test(is[0]) && /\b(?:under|in|with)\s+(?:the\s+)?$/.test(p.slice(0, p.indexOf(is[2]!, is[1]!.length)));
  if (!asKind && !against && !placed) return null;
  if (against && partOf(against[1]!) === part) return null;
  // The words before "is": the part meant; "not school" said first ("its not school its health") names nothing.
  const before = is[1]!
    .replace(new RegExp(`\\b(?:(?:its|it\\s+is|thats|that\\s+is)\\s+)?(?:not|isnt|aint|arent)\\s+(?:really\\s+|actually\\s+|just\\s+)?(?:an?\\s+|the\\s+)?${ANY_PART}(?:\\s+${KIND})?`, 'i'), '')
    .replace(/\b(?:its|it|thats)\s*$/, '')
    .trim();
  return { kind: 'section', target: targetWords(before), part, ...withArea(is[2]!) };
}

/** The request in a message at the review, or null when it is none of these. */
export function readReviewRequest(text: string): ReviewRequest | null {
  const said = cleaned(text);
  if (!said) return null;
  // Both sets of words in quotes: the quotes mark where each starts and ends, so they are read as typed.
  const quoted = quotedChange(text.slice(0, MAX_CHARS));
  if (quoted) return { kind: 'change', splits: [{ target: targetWords(cleaned(quoted.from)), to: quoted.to }] };
  const toHope = readOutcomeToHope(plain(said));
  if (toHope) return { kind: 'toHope', target: targetWords(toHope.target), hope: wordsAsTyped(text, toHope.hope), ...(toHope.away ? { away: toHope.away } : {}) };
  // "The toilet goal is under wrong hope": the outcome moves, and which hope is asked.
  const wrong = underWrongHope(text);
  if (wrong !== null) return { kind: 'toHope', target: wrong ? targetWords(wrong) : '', hope: '' };
  // "move it", "can you move the swimming one": where to is asked, never a new order.
  const nowhere = moveWithoutPlace(plain(said));
  if (nowhere) return { kind: 'toHope', target: nowhere.target ? targetWords(nowhere.target) : '', hope: '' };
  const request = readSection(said) ?? readMoveTo(said) ?? readAddHope(said) ?? readChange(said);
  // The new words go into the plan as typed, not as read.
  if (request?.kind === 'addHope') return { ...request, hope: wordsAsTyped(text, request.hope), about: wordsAsTyped(text, request.about) };
  if (request?.kind === 'change') return { ...request, splits: request.splits.map((s) => ({ ...s, to: wordsAsTyped(text, s.to) })) };
  return request;
}

export { withNewWords } from './partNewWords';
export { afterNotThatPart, readOutcomeField, type OutcomeFieldChange } from './outcomeFieldRequest';
