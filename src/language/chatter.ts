import { readOnce } from './recentReadings';
import { normaliseMessage, sentencePiecesOf } from './text';
import { readAside } from './aside';
import { withoutAsideTail } from './asideTail';
import { readTakeBack } from './takeBack';
import { withoutMeasureHeading } from './measureHeading';
import { withShortRuns } from './shortRuns';
import { withoutSummaryLead } from './summaryLead';

/*
 * Spoken chatter inside an answer: "oh ok", "um", "idk", "lol", a pointer back at the hope ("the
 * vet one.") and a question to the bot at the end ("can you do that in year 7"). None of it belongs
 * in an outcome, and a time inside a question the person asked is not their timeframe.
 */

/*
 * "idk which bus to get", "dunno where to get off": "I don't know" in front of a question word is
 * what is hard, and stays; on its own, before anything else or in "idk what you mean" it is chatter.
 */
const FILLER =
  /(?:^|[\s,]+)(?:oh\s+ok(?:ay)?|ok\s+so|oh|um+|erm+|uh+|hmm+|lol|lmao|tbh|haha\w*|omg|omfg|obvs|obvz|obvi)(?=[\s,.!?]|$)/gi;
/** "i cant read it rn": chat shorthand for "right now", kept as its meaning. */
// "join the rn", "train as an RN": after a, an, the or as, or in capitals, it is a name (the navy, a nurse).
/**
 * "idk bruv, im good at football", "innit": a word to the listener, never part of the answer. After
 * "my", "his" or "and" it is a person ("me and my bruv", "my fam"), and stays.
 */
const ADDRESS = /(?<!\b(?:my|me|his|her|our|your|ur|their|the|a|and|n|with)\s*)(?:^|[\s,]+)(?:bruv|blud|fam|innit)(?=[\s,.!?]|$)/gi;
const RIGHT_NOW = /(?<!\b(?:a|an|the|as)\s+)\b(?:rn|Rn|rN)\b(?=[\s,.!?]|$)/g;
/** "i cant be bothered reading them": an aside about the chat's own messages, never part of an answer. */
const ABOUT_THE_CHAT = /^(?:(?:tbh|honestly|lol|and|but|cos|coz|also)\s+)*(?:i\s*(?:cant|can't|cannot|can\s+not)\s+be\s+bothered|cba|i\s+cba)\s+(?:to\s+)?read(?:ing)?\s+(?:them|these|those|this|that|all\s+(?:this|that|these|them|of\s+(?:it|them|this))|(?:your|ur|the|all\s+the|these|those)\s+(?:messages?|msgs?|questions?|examples?|texts?|walls?\s+of\s+text|long\s+bits?))(?:\s+(?:lol|tbh|tho|though|anyway|sorry))*\s*[.!?]*\s*$/i;
/** "reading them", "reading that": a word pointing back, not naming the chat's own messages. */
const POINTS_BACK = /\bread(?:ing)?\s+(?:them|these|those|this|that)\s*(?:\b(?:lol|tbh|tho|though|anyway|sorry)\b\s*)*[.!?]*\s*$/i;
/** Things to read named in an answer ("books", "worksheets", "letters"): what "them" then points at. */
const THINGS_TO_READ = /\b(?:books?|worksheets?|sheets?|letters?|texts?|notes?|homework|comics?|magazines?|papers?|leaflets?|instructions?|menus?|signs?|emails?|cards?|booklets?|novels?|stories|handouts?|revision\s+guides?)\b/i;
/** "idk", "i dunno" before the answer or after it; inside it ("i get lost n i dunno wich bus") it is part of what is hard. */
const DONT_KNOW =
  /^\s*(?:idk|i\s+dunno|dunno)(?!\s+(?:which|wich|how|where|were|when|wen|who|whose|why|if|whether|what(?!\s+(?:u|you|ya|that|this|it)\b)|wat|wot)\b)(?=[\s,.!?]|$)|[\s,]+(?:idk|i\s+dunno|dunno)(?=[\s,.!?]*$)/gi;
/** "the vet one." or "that one," said to point at a hope, closed by its own punctuation. */
const POINTER = /(?:^|\s)(?:the|that|this)\s+(?:[a-z'-]+\s+){0,2}one\s*[.,;:!]/gi;
/** A sentence asking the bot something: "can you do that", "is that ok", "will you save it". */
const ASKS_THE_BOT = /^(?:can|could|will|would|is|are|does|do|did|shall|should|r)\s+(?:you|u|we|that|this|it)\b|^(?:is\s+that|does\s+that|that)\s+(?:ok|okay|alright|right|fine|good)\b|^(?:ok|okay|right)\s*\?*$/i;

/**
 * "like", "so", "well" said first, as a way into the answer: only before a comma or a person ("like i
 * want", "so i get distracted", "well, i cant spell"). "so i can read" and "so that" say why, and
 * "like animals" is what they like: both stay. So does "like me", "like im getting somewhere",
 * "like i am": a comparison after a feeling ("feel normal again. like me."), never a filler.
 */
const LEAD_WORD =
  /^\s*(?:(?:like(?!\s+(?:me|myself|im|i'm|i\s+am|i\s+was|i\s+used\s+to)\b)|so|well|and\s+so)(?:\s*,\s*|\s+(?=(?:i|im|i'm|id|i'd|ive|i've|my|me|he|hes|he's|she|shes|she's|they|we|it|its|it's|reading|spelling|writing|maths)\b(?!\s+(?:can|could|dont\s+have|don't\s+have)\b))))+/i;
/** Hedges said after the answer: "i guess", "i suppose", "or something", "or whatever". */
const HEDGE_TAIL =
  /(?:[\s,]+(?:i\s+guess|i\s+suppose|or\s+(?:something|smth|sumthin\w*|summat|whatever|watever|wateva)(?:\s+like\s+that)?))+(?=[\s,.!?]*$)/i;

/** "so like", "basically" said first: a spoken way into the answer (speech to text keeps it), never part of it. */
const SPOKEN_LEAD = /^\s*(?:(?:so\s+like|and\s+like|like\s+basically|so\s+basically|basically)(?:\s*,\s*|\s+))+/i;
/**
 * "Id of done it", "would of seen it": "of" after "I'd" or "would" is "have" as it is said (speech to
 * text writes what it hears). "the id of the game" is an ID, and stays; "I would of course like" is "of course", and stays.
 */
const HAVE_HEARD_AS_OF =
  /(?<!\b(?:the|my|your|his|her|their|a|an|photo|student|user)\s+)\b((?:i|he|she|they|we|you)\s*['\u2019]?d|id|would|could|should|must|might|wouldnt|couldnt|shouldnt|wouldn['\u2019]t|couldn['\u2019]t|shouldn['\u2019]t)\s+of\b(?!\s+course\b)(?=\s+[a-z])/gi;
/** "wat, il have vids", "huh? 5 videos": a puzzled reaction before a comma or mark, not the start of the answer. */
const REACTION_LEAD = /^\s*(?:wat|what|wot|huh|eh)\s*[,?!]+\s*(?=\S)/i;
function withoutFiller(text: string): string {
  const plain = text.replace(REACTION_LEAD, '').replace(DONT_KNOW, ' ').replace(FILLER, ' ').replace(ADDRESS, ' ').replace(RIGHT_NOW, 'right now').replace(HAVE_HEARD_AS_OF, '$1 have').replace(/\s+/g, ' ').trim();
  const trimmed = plain.replace(SPOKEN_LEAD, '').replace(LEAD_WORD, '').replace(HEDGE_TAIL, '').trim();
  // Only ever a lead-in or a hedge: what is left must still say something.
  return /[a-z0-9]{2}/i.test(trimmed) ? trimmed : plain;
}

/** A sentence that only leads up to the answer: "ok one more", "here goes", "no thats wrong", "i just did". */
// "wat. il have vids": a puzzled "what", "huh" or "eh" said first is a reaction to the question, never the answer.
const PREAMBLE = /^(?:(?:ugh+|urgh+|omg|bruh|wat|what|wot|huh|eh|ok|okay|k|right|alright|so|well|fine|yes|yeah|yep|ye|no|nah|nope|hmm+|um+|erm+|oh|ah|lol|sure|go on|wait)\s*)*(?:(?:one|1)\s+more|another(?:\s+one)?|last\s+one|next\s+one|here\s+goes|here\s+you\s+go|how\s+about\s+this|this\s+one|let\s+me\s+think|ill\s+try|i\s+will\s+try|let\s+me\s+try|i\s+got\s+one|(?:i\s+)?(?:just\s+)?(?:did|done)(?:\s+(?:it|that))?|(?:thats|that\s+is|its)\s+(?:wrong|not\s+right|not\s+it))?$/i;

/** Thanks, agreement and remarks said before the answer: "that makes sense, thank you!", "sounds good", "ha, good question.", "thats a tough one,". */
const POLITE_PIECE =
  '(?:(?:oh\\s+|ah\\s+)?(?:ok(?:ay)?|right|yes|yeah|yep|great|lovely|perfect|brilliant|cool|nice|fab|ace|sure|fair\\s+enough|i\\s+see|got\\s+it|no\\s+problem|(?:that\\s+|thats\\s+|that\'s\\s+|it\\s+)?(?:makes|made)\\s+(?:sense|total\\s+sense)|(?:that\\s+|thats\\s+|that\'s\\s+)?(?:sounds|is|seems)\\s+(?:good|great|fine|ok(?:ay)?|right|lovely|perfect)|(?:that\'?s\\s+|thats\\s+)?(?:a\\s+)?good\\s+(?:idea|question|point)|(?:that\'?s\\s+|thats\\s+|it\'?s\\s+|its\\s+)?(?:a\\s+)?(?:tough|hard|tricky|big|good|great)\\s+one|(?:ha|ah)+h?|ooh+|hmm+|thank\\s*(?:you|u|ya)|thanks|thx|ty|cheers)(?:\\s+(?:so|very)\\s+much|\\s+a\\s+lot|\\s+for\\s+that|\\s+that|\\s+mate)?)';
const POLITE_LEAD = new RegExp(`^\\s*${POLITE_PIECE}(?:\\s*(?:,|and|&)?\\s*${POLITE_PIECE})*\\s*(?:[,.!;:]+|\\s-\\s)\\s*`, 'i');

/** The answer without the thanks or agreement said first ("that makes sense, thank you! he will ..." is "he will ..."). */
export function withoutPoliteLead(text: string): string {
  const rest = text.replace(POLITE_LEAD, '');
  return /[a-z0-9]/i.test(rest) && rest !== text ? rest.trim() : text.trim();
}

function isPreamble(sentence: string): boolean {
  const plain = normaliseMessage(sentence);
  if (!plain) return true;
  return PREAMBLE.test(plain) || new RegExp(`^${POLITE_PIECE}(?:\\s*(?:and)?\\s*${POLITE_PIECE})*$`, 'i').test(plain) || readAside(sentence) !== null || (readTakeBack(sentence)?.rest === '');
}

/** The answer from its first sentence that is more than a lead-in ("ok one more. passing maths" is "passing maths"). */
export function withoutPreamble(said: string): string {
  const text = withoutPoliteLead(said);
  const sentences = sentencePiecesOf(text);
  if (sentences.length < 2) return text.trim();
  const first = sentences.findIndex((s) => !isPreamble(s));
  if (first <= 0) return text.trim();
  return sentences.slice(first).join('').trim();
}

/** A tag question asking the bot to agree, at the end: "signs count too, yes?", "that works, right?". */
const TAG_QUESTION = /\s*,\s*(?:yes|yeah|yh|right|ok|okay|isnt\s+it|isn't\s+it|is\s+that\s+(?:ok|okay|right)|correct)\s*\?+\s*$/i;

/** "ok. i said, bath and a story", "like i said: lego": a pointer back at their own words, before the answer said again. */
const SAID_LEAD = /^(?:(?:ok|okay|yes|yeah|so|well|um+|erm+)[\s,.!]+)*(?:like\s+|as\s+)?i\s+(?:just\s+|already\s+)?(?:said|told\s+(?:you|u|ya)|put|wrote)\s*[,:-]+\s*(?=\S)/i;

/**
 * "im only 11", "i'm just a kid", "im only in year 7" said as a sentence of its own beside the
 * answer: an aside about themselves, dropped like "idk" and "lol" when the answer is said as well.
 */
const AGE_ASIDE =
  /^(?:(?:but|cos|coz|cuz|because|well|like|tbh|i\s+mean)\s+)?(?:i'?m|i\s+am)\s+(?:only|just)\s+(?:\d{1,2}(?:\s*(?:yrs?|years?)(?:\s+old)?)?|a\s+(?:kid|child|teenager)|young|little|in\s+year\s+\d{1,2})(?:\s+(?:tho|though|lol|haha\w*|innit))*[\s.!,]*$/i;

/** The answer without chatter; unchanged when nothing else would be left. */
export const withoutChatter = readOnce(withoutChatterAfresh);
function withoutChatterAfresh(typed: string): string {
  // Read with long runs of spaces or marks short: the end-of-answer readers below would take seconds on them.
  const text = withShortRuns(typed);
  // "my nan and my dog. no offence mum": an aside that is a sentence of its own goes too.
  const pointed = withoutAsideTail(withoutPreamble(text).replace(SAID_LEAD, '').replace(TAG_QUESTION, '')).replace(POINTER, ' ');
  // A message of marks only has no piece: nothing is kept, and the words as typed are the answer.
  const sentences = sentencePiecesOf(pointed);
  const kept = sentences
    .map((s) => withoutAsideTail(withoutFiller(s)))
    .filter((s, i) => s && (i === 0 || !ASKS_THE_BOT.test(s.replace(/^[\s,.]+/, ''))))
    // "i cant be bothered reading them": about the chat, not the answer (alone, it is what they said).
    // "i get books home. i cant be bothered reading them": "them" is the things named before, so it is what is hard.
    .filter((s, i, all) => sentences.length < 2 || !ABOUT_THE_CHAT.test(s.replace(/^[\s,.]+/, '').trim()) || (POINTS_BACK.test(s) && all.slice(0, i).some((b) => THINGS_TO_READ.test(b))))
    .filter((s) => /[a-z0-9]/i.test(s));
  // "idk im only 11 lol. maybe cooking": the aside goes when something else is said.
  const said = kept.filter((s) => !AGE_ASIDE.test(s.trim()));
  if (said.length > 0 && said.length < kept.length) kept.splice(0, kept.length, ...said);
  const joined = kept.join(' ').replace(/\s+([.,!?])/g, '$1').replace(/^[\s,.;:]+/, '').replace(/\s+/g, ' ').trim();
  return joined || text.trim();
}

/** A measure as kept: their words without chatter, emoji or doubled marks ("id be at college?? lol" is "id be at college"). */
export function tidyMeasure(text: string): string {
  // "we will know by she can do it on her own": the words that only head it are not the measure.
  // "i do a show 💃 nan comes": the emoji is no part of how everyone will know, in the plan or read back.
  const tidy = withoutEmoji(withoutMeasureHeading(withoutChatter(text))).replace(/([?!])[?!]+/g, '$1').replace(/\s*[?!]+$/, '').trim();
  return tidy || text.trim();
}

/** Emoji (with their joiners, skin tones and variation marks) and chat words that are not in the other filler. */
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200D\uFE0F]+/gu;
const CHAT_WORDS = /(?:^|[\s,]+)(?:ngl|lmfao|rofl|xd)(?=[\s,.!?]|$)/gi;
/** The words without their emoji ("maths is hard 😣" is "maths is hard"); nothing else changed. */
export function withoutEmoji(text: string): string {
  return text.replace(EMOJI, ' ').replace(/\s+([.,!?])/g, '$1').replace(/\s+/g, ' ').trim();
}

/** Kisses at the end of a message: "my nan x". */
const KISSES = /[\s,]+(?:xo|x){1,3}[\s.!]*$/i;
/** "cos youtubers make vids dur": a taunt at the end ("duh", "dur") says the answer is obvious, and is no part of it. */
const TAUNT = /[\s,]+(?:du+h+|du+r+|de+rr+)[\s.!]*$/i;

/**
 * An answer as it is kept in the plan (a need, what helps): the person's words without "lol",
 * "idk", "tbh" or emoji. Unchanged when nothing else would be left, so a reply of only "lol" is
 * never stored as empty.
 */
export function withoutChatterOrEmoji(text: string): string {
  const plain = withoutChatter(withoutSummaryLead(withShortRuns(text)).replace(EMOJI, ' ').replace(CHAT_WORDS, ' ').replace(KISSES, '').replace(TAUNT, ''))
    .replace(/\s+([.,!?])/g, '$1')
    .replace(/^[\s,.;:!?]+|[\s,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(plain) ? plain : text.trim();
}

/** Laughter as typed: "haha", "hehe", "hahaha", "lol", "lmaoo", "xd". */
export const LAUGH = String.raw`(?:a?(?:ha|he|hi|ah|eh|ja){2,}h*|hah|heh|lo+l+z?|lmf?a+o+|rofl|xd+|teehee|kek)`;
/** One word that is only a laugh; made once. */
const ONLY_LAUGH = new RegExp(`^${LAUGH}$`);
/** Words that carry no story: laughter, "ok", "idk", "cool", "bruh". */
const NO_STORY = new RegExp(
  String.raw`^(?:${LAUGH}|ok+|okay|okey|k+|cool|sure|alright|aight|right|fine|yeah|yea|ye|yep|ya|oh|ah+|aw+|wow|omg|idk|idek|dunno|bruh|bro|bruv|blud|fam|innit|mate|hm+|um+|erm+|uh+|then|so|well|nice|ikr|fr|ngl|tbh|lowkey|xo|x+)$`,
  'i',
);

/** "haha", "lol idk", "hehe ok", "ok cool 😂": chatter with no story words at all; never kept as an answer. */
export function onlyChatter(text: string): boolean {
  const words = text.replace(EMOJI, ' ').toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^a-z0-9\s]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => NO_STORY.test(w));
}

/** "bruv", "innit", "fam lol": only words to the listener, which say nothing about the person. */
const ADDRESS_ONLY = new RegExp(String.raw`^(?:(?:bruv|blud|fam|innit|bro|bruh|mate|man|${LAUGH})\s*)+$`, 'i');
export function onlyAddressWords(text: string): boolean {
  return ADDRESS_ONLY.test(text.replace(EMOJI, ' ').toLowerCase().replace(/[^a-z\s]+/g, ' ').trim());
}

/** "lol", "haha", "hehe 😂": only laughing, which is no yes and no answer. */
export function onlyLaughter(text: string): boolean {
  const words = text.replace(EMOJI, ' ').toLowerCase().replace(/[^a-z\s]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => ONLY_LAUGH.test(w));
}
