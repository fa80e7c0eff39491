import { saysHowThingsAreNow } from './howThingsAreNow';
import { withoutAnnouncement } from './hopeAnnounced';
import { withoutRemarks } from './hopeRemarks';
import { withoutJokes } from './jokeMarks';
import { carersOwnWorry, onlyCarersOwnYears, worryThenWish } from './carerOwnYears';
import { withoutCarryOn } from './addedOn';
import { aboutMeAnswer, funnyStoryIn } from './aboutMeChatter';
import { LAUGH, onlyChatter, withoutChatter } from './chatter';
import { HEDGES_AFTER, HEDGES_BEFORE } from './hedges';
import { splitHopes, startsAHope } from './splitHopes';
import { toldParts } from './toldHopes';
import { countedApart, withoutHopeLeadIn } from './hopeLeadIn';
import { thoughtAboutIt } from './thoughtAboutIt';
import { ONLY_A_TIME, onlyTimesBesideHope } from './hopeTime';
import { namesAWantedThing } from './thingNamed';

/*
 * The hopes in one typed message, in the person's own words without the chatter around them.
 * "umm ok so I want a cafe job. and live with Jay. and get the train on my own lol" is three hopes;
 * a parent's paragraph is cut into its sentences that say a hope ("I also want him to make friends
 * because he is lonely"), and a sentence that only tells about the child ("he is 12 and has
 * autism") stays with the hope beside it. "sorry for long message", "umm", "idk", "lol" are not kept.
 */

/** An apology or sign-off about the message itself: "sorry for the long message", "hope that makes sense". */
const APOLOGY =
  /(?:^|(?<=[.,;!?]\s*))\s*(?:(?:sorry|soz|apologies)(?:\s+(?:for|about|if))?(?:\s+(?:the|a|an|my|this|that|such|its|it's|it|is|was|thats|that's|im|i'm|i\s+am|for|being))*(?:\s+(?:really|very|so|bit|a\s+bit))*(?:\s+(?:long|long\s+winded|big|massive|rambling|bad|rubbish|terrible|essay|wall\s+of))*(?:\s+(?:message|msg|text|essay|rant|reply|answer|ramble|spelling|english|grammar|typing|typos?|one))?(?:\s+(?:is\s+|isnt\s+|is\s+not\s+|not\s+|so\s+|very\s+|too\s+)+(?:good|great|perfect|the\s+best|bad|long|poor))?|(?:i\s+)?hope\s+(?:that|this|it)\s+(?:makes\s+sense|helps|is\s+ok(?:ay)?)|(?:if\s+)?(?:that|this)\s+makes\s+sense|(?:that'?s|thats|that\s+is)\s+(?:it|all|everything)(?:\s+(?:for\s+now|really|i\s+think))?|(?:sorry|soz)[\s,]+(?:(?:i'?m|im|i\s+am|am|just)\s+)*(?:on\s+(?:my|a)\s+(?:lunch\s+|tea\s+|coffee\s+)?break|at\s+work|on\s+(?:my|the)\s+phone|typing\s+(?:on\s+(?:my|the)\s+phone|fast|quick(?:ly)?)|in\s+a\s+(?:rush|hurry)|rushing)(?:\s+(?:at\s+work|on\s+(?:my|the)\s+phone))?|(?:thanks|thank\s+you|thx|ty|cheers)(?:\s+(?:so|very)\s+much)?(?:\s+for\s+(?:asking|the\s+question|your\s+question))?)(?=\s*(?:[.,;!?]|$)|\s+(?:but|so|anyway)\b)[\s.,;!?]*(?:(?:but|so|anyway)\b[\s,]*)?/gi;
/** Thinking aloud before the hope: "ok so", "umm", "idk maybe", "i think", "well". */
const LEADING =
  /^(?:(?:ok(?:ay)?|k|so|well|right|um+|erm+|uh+|hm+|oh|lol|lmao|haha\w*|idk|i\s+dunno|dunno|tbh|tbf|ngl|fr|lowkey|honestly|basically|anyway|yeah|ye|yep|i\s+guess|i\s+think|i\s+suppose|i\s+reckon|maybe|probably|(?:like\s+|as\s+)?i\s+(?:already\s+|just\s+)?(?:said|told\s+(?:you|u|ya))(?:\s+(?:already|alr|before|that))?|like|and|n|&|also|plus|then)(?:[\s,.!?…-]+|$))+/i;
/** Agreeing with what was read back, before anything new: "yeah that's right.", "yes correct,", "exactly". */
const AGREED =
  /^(?:(?:yes|yeah|yea|yep|yup|ye|yh|ok(?:ay)?)[\s,]+)*(?:(?:that'?s|thats|that\u2019s|that\s+is|its|it'?s)\s+(?:(?:all|exactly|just)\s+)?(?:right|correct|true|spot\s+on)|correct|exactly|spot\s+on)(?:[\s,.!…-]*$|\s*[,.!…-]+\s*)/i;
/** An aside about the hope, not part of it: "thats the big one", "that's the main thing", "most of all". */
const ASIDE =
  "(?:(?:thats|that's|that\u2019s|that\\s+is|its|it's|it\\s+is|this\\s+is)\\s+(?:the|my|his|her|their)\\s+(?:big|biggest|main|most\\s+important|important|number\\s+one|top|real)\\s+(?:one|thing|hope|dream|bit)|(?:thats|that's|that\u2019s|that\\s+is|its|it's)\\s+(?:the\\s+dream|all\\s+that\\s+matters|what\\s+matters\\s+most|all\\s+(?:i|he|she|they)\\s+(?:really\\s+)?(?:want|wants))|most\\s+of\\s+all|above\\s+all|more\\s+than\\s+anything(?:\\s+else)?)";
/** An aside that only says how much the hope matters, before it: "More than anything I should like him to have a friend". */
const LEADING_ASIDE = /^(?:more\s+than\s+anything(?:\s+else)?(?:\s+in\s+the\s+world)?|most\s+of\s+all|above\s+all(?:\s+else)?|first\s+and\s+foremost)[\s,:-]+(?=(?:i|we|he|she|they|my|our|his|her|their)\b)/i;
/** A sentence that is only an aside: "thats the big one." */
const ONLY_ASIDE = new RegExp(`^${ASIDE}[\\s.!…]*$`, 'i');
/** Shrugs and fillers after the hope: "lol", "idk", "or something", "x", "most of all". */
const TRAILING =
  /(?:[\s,.!…-]+(?:lol+|lmao|haha\w*|idk|i\s+dunno|dunno|i\s+guess|i\s+think|tbh|tbf|ngl|fr|lowkey|maybe|or\s+(?:something|summat|sumthing|somethin|sumfin)(?:\s+like\s+that)?|or\s+whatever|and\s+stuff|and\s+that|innit|init|(?:like|as)\s+i\s+(?:already\s+)?(?:said|told\s+(?:you|u|ya))|obvs|obvi|obviously|ofc|of\s+course|x+|thanks|thank\s+you|ty|thx|sorry|soz|[:;]-?[)D(P]))+[\s.!…]*$/i;
/** The aside after the hope in the same sentence: "be a vet most of all". */
const TRAILING_ASIDE = new RegExp(`[\\s,.!…-]+${ASIDE}[\\s.!…]*$`, 'i');
/** Doubt about the answer said before it: "this might sound silly but", "not sure if this counts, but". */
const HEDGE =
  /^(?:(?:sorry|soz|ok|okay|so|um+|erm+)[\s,]+)*(?:(?:this|it|that)\s+(?:might|may|could|will|probably)\s+(?:be|sound|seem)\s+(?:a\s+bit\s+|really\s+|very\s+|so\s+)?(?:silly|stupid|daft|weird|odd|strange|obvious|small|big|a lot|much)|(?:i\s+)?(?:m\s+|am\s+|im\s+)?(?:not\s+sure|dunno|idk|don'?t\s+know)\s+if\s+(?:this|it|that)\s+(?:counts|is\s+(?:right|ok|okay|what you mean|what you want)|makes\s+sense|is\s+the\s+kind\s+of\s+thing))[\s,.]*(?:but|so)?\b[\s,]*/i;
/** A question to the bot after the hope: ", is that realistic?", "does that count?", "is that ok??". */
const ASKED_AFTER = /(?:^|\s*[,.;!]+\s*|\s+[-–]+\s+)(?:(?:but|so|and)\s+)?(?:is|does|would|will|can|could|should|do|am|are|was)\s+(?:that|this|it|i|he|she|they|you|u)\b(?=[^.!?]{0,60}\?)(?=[^.!?]*\b(?:that|this|it|ok|okay|alright|right|realistic|possible|count|counts|enough|fine|allowed|too\s+\w+)\b)[^.!?]{0,60}\?+[\s?!.]*$/i;
/** Fillers inside the hope: "i want umm a cafe job". */
const INSIDE = new RegExp(String.raw`(?<=^|[\s,])(?:um+|erm+|uh+|hm+|${LAUGH}|idk)(?=[\s,.!?…]|$)`, 'gi');

/** Not knowing, said in words: "idk", "i dont know", "not sure", "no idea". */
const DONT_KNOW = /\b(?:idk|i\s+dunno|dunno|don'?t\s+know|do\s+not\s+know|dont\s+no|not\s+(?:really\s+)?sure|no\s+idea|no\s+clue|never\s+thought\s+about\s+it)\b/i;
/** "idk what i want", "not sure what he wants to do yet": a shrug, whatever follows it. */
const DONT_KNOW_WHAT =
  /(?:^|[\s,.])(?:(?:i\s+)?(?:idk|dunno|don'?t\s+know|do\s+not\s+know|dont\s+no|am\s+not\s+sure|'?m\s+not\s+sure|im\s+not\s+sure|not\s+(?:really\s+)?sure|have\s+no\s+idea|no\s+idea))\s+(?:what|wat|wot)\s+(?:i|he|she|they|we)\s+(?:wants|wanna|want|would\s+like|likes|like|'?d\s+like|could|can|should)\b(?:\s+to)?(?:\s+(?:do|be|say|put))?(?:\s+(?:yet|really|tbh|when\s+(?:i|he|she|they)(?:\s*'?m|\s+am|\s+is|\s+are|'?s|'?re)?\s+(?:older|grown\s+up|bigger|big)))*(?:[\s,.]+(?:but|so)\b)?/gi;

/** A hope's words without chatter; '' when the message was only chatter. */
export function hopeWords(text: string): string {
  // "hehe ok", "lol idk": laughing and chatting with no story words in it.
  if (ONLY_ASIDE.test(text.trim()) || onlyChatter(text)) return '';
  let said = withoutChatter(withoutCarryOn(text).replace(/\s+/g, ' ').replace(DONT_KNOW_WHAT, ' ').trim()).replace(APOLOGY, ' ');
  said = said.replace(INSIDE, ' ').replace(/\s+([,.!?])/g, '$1').replace(/\s+/g, ' ').trim();
  let before = '';
  while (before !== said) {
    before = said;
    said = withoutHopeLeadIn(said.replace(AGREED, '').replace(LEADING, '').replace(LEADING_ASIDE, '')).replace(HEDGE, '').replace(TRAILING, '').replace(TRAILING_ASIDE, '').replace(ASKED_AFTER, '').replace(/^[\s,.;:!?…-]+/, '').trim();
    // "read car manuals i suppose", "kinda want a dog": how sure they are is not part of the hope.
    const unhedged = said.replace(HEDGES_AFTER, '').replace(HEDGES_BEFORE, '').trim();
    if (/\p{L}{2,}/u.test(unhedged)) said = unhedged;
  }
  // "to have a job??": the doubt is not part of the hope.
  return /\p{L}{2,}/u.test(said) ? said.replace(/[\s,;:…?!-]+$/, '') : '';
}

/** Wording that says a hope: a wish, a future, or a thing to do ("live with Jay", "to be able to"). */
const HOPE_WORDING =
  /\b(?:want|wants|wanna|wanted|(?:would|should)\s+(?:like|love)|'?d\s+(?:like|love)|id\s+(?:like|love)|love\s+to|loves\s+to|like\s+to|likes\s+to|hope|hopes|hoping|wish|wishes|dream|dreams|goal|one\s+day|some\s*day|in\s+the\s+future|when\s+(?:i|he|she|they)\s+(?:grow|am|is|are|get|leave)|could|will|be\s+able\s+to|to\s+be\s+able|(?:would|'?d|wud)\s+be\s+(?:nice|good|great|lovely|amazing|brilliant|ace|cool|the\s+dream)|aim|plan(?:s|ning)?\s+to|going\s+to|gonna)\b/i;
/** A thing to do, said on its own: "live with Jay", "get the train on my own", "to go to college", "getting better at maths". */
const STARTS_WITH_A_DOING =
  /^(?:to\s+)?(?:be|become|live|have|hav|hve|get|go|work|learn|make|move|drive|travel|own|buy|open|start|run|play|join|meet|cook|see|visit|ride|swim|earn|find|keep|study|pass|take|help|write|read|speak|talk|walk|use|build|design|look\s+after|care\s+for|marry|teach|sing|dance|act|draw|paint|fix|train|volunteer|fly|sail|climb|win|compete|perform|record|film|create|save|stay|catch|being|becoming|living|having|getting|going|working|learning|making|moving|driving|travelling|owning|buying|opening|starting|running|playing|joining|meeting|cooking|seeing|visiting|riding|swimming|earning|finding|keeping|studying|passing|taking|helping|writing|reading|speaking|talking|walking|using|building|teaching|singing|dancing|drawing|painting|training|volunteering|flying|climbing|winning|staying)\b/i;

export function saysAHope(sentence: string): boolean {
  return HOPE_WORDING.test(sentence) || STARTS_WITH_A_DOING.test(sentence.replace(LEADING, ''));
}

const depthOf = (piece: string): number => (piece.match(/\(/g)?.length ?? 0) - (piece.match(/\)/g)?.length ?? 0);

/** "(which is a good thing and a bad thing! And scary)": a sentence end inside brackets ends no sentence. */
function withBracketsWhole(pieces: readonly string[]): string[] {
  const kept: string[] = [];
  let open = 0;
  for (const piece of pieces) {
    if (open > 0 && kept.length > 0) kept[kept.length - 1] = `${kept[kept.length - 1]} ${piece}`;
    else kept.push(piece);
    open = Math.max(0, open + depthOf(piece));
  }
  return kept;
}

/** "like fix cars", "as in look after animals", "i mean help in a nursery": a sentence saying what the one before means. */
const EXPLAINS = /^\s*(?:(?:so|and|n)\s+)?(?:like|as\s+in|i\s+mean|you\s+know\s+like|basically|e\.?g\.?|for\s+example)[\s,:-]+/i;

/** The sentences of a message, each without its chatter; lines and full stops end a sentence. */
function sentencesOf(text: string): string[] {
  const kept: string[] = [];
  const pieces = withBracketsWhole(text.split(/(?<=[.!?])\s+|\n+|;\s*/))
    // "my dog ate my sock yesterday haha" beside a hope: the funny story is not part of it.
    .filter((s) => !funnyStoryIn(text, s));
  for (const piece of pieces) {
    const words = hopeWords(piece);
    if (!words) continue;
    // "wanna be a mechanic. like fix cars": what the hope means, kept with it; "like i also want to travel" starts a hope of its own.
    const lead = EXPLAINS.exec(piece)?.[0];
    if (lead && kept.length > 0 && !HOPE_WORDING.test(words)) kept[kept.length - 1] = joined(kept.at(-1)!, `${lead.trim()} ${words.replace(EXPLAINS, '').replace(/[.]+$/, '')}`);
    else kept.push(words);
  }
  return kept;
}

/** Clauses of a long sentence that each say a hope of their own: "I would like him to be more independent, he could work in a kitchen". */
function clausesOf(sentence: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const comma of sentence.matchAll(/,\s+(?:(?:and|but|also)\s+)*/g)) {
    const at = comma.index ?? 0;
    const before = sentence.slice(from, at).trim();
    const after = sentence.slice(at + comma[0].length);
    const next = after.split(',')[0] ?? '';
    // A clause says a hope of its own only with its own wish or future ("he could work in a kitchen").
    // Or as the next item of a list: "I want him to read, to make his own lunch, and to go on a trip".
    const ownWish = HOPE_WORDING.test(next) && next.split(/\s+/).length >= 4;
    // "make friends there": leaning on the hope before, so one with it.
    const listed = startsAHope(next) && !/\b(?:them|it|there|those|that)\b/i.test(next);
    // "one day, he can cross the road": a time before the comma leads the hope, never one itself.
    // "one day, when she is grown, I should like her to ...": two times said together still only lead the hope.
    if (!before || !saysAHope(before) || onlyTimesBesideHope(before) || !(ownWish || listed)) continue;
    parts.push(before);
    from = at + comma[0].length;
  }
  parts.push(sentence.slice(from).trim());
  return parts.filter(Boolean);
}

/** Sentences joined as typed: "He is 12 and has autism. He would love to be a footballer." */
function joined(first: string, second: string): string {
  return /[.!?]$/.test(first) ? `${first} ${second}` : `${first}. ${second}`;
}

/** "\\n\\n" typed or pasted as letters: a line break, as the person saw it. */
const LITERAL_BREAK = /(?:\\r)?\\n/g;
/** "..., but I'll carry on.", "Anyway, I'll keep going.": a remark about the chat, never part of a hope. */
const CARRY_ON = /(?:[,;]?\s*(?:but|and|so|anyway)?[,\s]*)\b(?:i'?ll|i\s+will|let\s+me|i'?m\s+going\s+to|i\s+should)\s+(?:carry\s+on|keep\s+going|go\s+on|get\s+on\s+with\s+it|move\s+on)(?:\s+(?:then|now|anyway))?[\s.!]*(?=$|\n)/gi;

/** The message without what belongs to the chat, not to a hope: letters for line breaks, "but I'll carry on". */
function withoutChatMarks(text: string): string {
  return text.replace(LITERAL_BREAK, '\n').replace(CARRY_ON, '.').replace(/^\s*\.\s*$/gm, '');
}

/**
 * The hopes in a message, in order, each in the person's words without chatter. Sentences that
 * only tell about the person stay with the hope next to them; within a sentence, two hopes are
 * cut where each is said in words of its own (see splitHopes). Empty when it was only chatter.
 */
export function hopesIn(typed: string): string[] {
  // "me already say!! go deaf club. that my hope": remarks about the chat are never hopes.
  const text = withoutAnnouncement(withoutChatMarks(withoutRemarks(withoutJokes(typed))));
  // "I asked him ... and he said be a mechanic, play football, those were his three": only the hopes.
  const told = toldParts(text);
  if (told) return told.flatMap((part) => hopesIn(part));
  // "..., and the third one is that he's safe on school trips": the hopes before the count, then the one counted.
  const counted = countedApart(text);
  if (counted) return counted.flatMap((part) => hopesIn(part));
  const listed = listedHopes(text);
  if (listed) return listed;
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return [];
  const units: string[] = [];
  let waiting = '';
  for (const sentence of sentences) {
    // "I have thought about this a great deal, lying awake at night.": how they came to the answer, never a hope.
    if (!saysAHope(sentence) && thoughtAboutIt(sentence)) continue;
    // "im worried about the move to college": a carer's own worry stands alone, so it is never read as part of a hope.
    if (carersOwnWorry(sentence) && !onlyCarersOwnYears(sentence)) {
      // "I worry she won't be dry at night, I just want her out of nappies": the wish after the worry is a hope.
      units.push(...(waiting ? [waiting] : []), ...(worryThenWish(sentence) ?? [sentence]));
      waiting = '';
      continue;
    }
    // "Maybe when he is big boy": a time is no hope; it belongs to the hope beside it.
    // "I am 61 and I will not be here forever": a carer's own years are the reason for the hope beside it, never a hope.
    if (!saysAHope(sentence) || ONLY_A_TIME.test(sentence) || onlyCarersOwnYears(sentence)) {
      // "a job that pays. now i just do 2 days at the shop": how things are now is background, never part of the hope.
      if ((units.length > 0 || waiting) && isFactOfNow(sentence)) continue;
      // "A flat of my own. And a job in a shop.": two things wanted, each named on its own, are two hopes.
      if (waiting && namesAWantedThing(waiting) && namesAWantedThing(sentence)) {
        units.push(waiting);
        waiting = sentence;
        continue;
      }
      // "he is 12 and has autism": told about the person, kept with the hope beside it.
      if (units.length > 0) units[units.length - 1] = joined(units[units.length - 1]!, sentence);
      else waiting = waiting ? joined(waiting, sentence) : sentence;
      continue;
    }
    // "Whether it's signing or pictures, I don't mind how.": only adds to the hope before it.
    if (!waiting && units.length > 0 && ADDS_TO_HOPE.test(sentence)) {
      units[units.length - 1] = joined(units[units.length - 1]!, sentence);
      continue;
    }
    // "dog groomer. and hav a best frend", "A paid job in a warehouse. And to live in a shared house":
    // a thing wanted, named on its own before a hope, is a hope of its own.
    if (waiting && namesAWantedThing(waiting)) units.push(waiting, sentence);
    else units.push(waiting ? joined(waiting, sentence) : sentence);
    waiting = '';
  }
  if (waiting) units.push(waiting);
  const parts = units.flatMap((unit) => clausesOf(unit).flatMap((clause) => splitHopes(clause)));
  return withTimesJoined(withAddOnsJoined(parts))
    .map((part) => hopeWords(part) || part)
    .map((hope) => hope.replace(/(?<![.!?].*)[.]+$/, '').trim());
}

/**
 * "Whether it's signing or pictures", "or I want to go home, and for people to understand him",
 * "I don't mind how": a piece that only adds to the hope before it, never a hope of its own.
 */
const ADDS_TO_HOPE = /^\W*(?:or|whether|either\s+way|and\s+for|i\s+(?:don'?t|dont|do\s+not)\s+mind\s+(?:how|which|what))\b/i;

/** Pieces cut within a sentence, each adding-on piece put back with the one before it. */
function withAddOnsJoined(parts: readonly string[]): string[] {
  const kept: string[] = [];
  for (const part of parts) {
    if (kept.length > 0 && ADDS_TO_HOPE.test(part)) kept[kept.length - 1] = `${kept[kept.length - 1]!.replace(/[\s,;]+$/, '')}, ${part.trim()}`;
    else kept.push(part);
  }
  return kept;
}

/** "one day, when she is grown" cut before "I should like her to have a little job": the time goes with the hope it leads. */
function withTimesJoined(parts: readonly string[]): string[] {
  const kept: string[] = [];
  let time = '';
  for (const part of parts) {
    const words = hopeWords(part) || part;
    if (onlyTimesBesideHope(words.replace(/[\s,;.]+$/, ''))) {
      time = time ? `${time}, ${words.replace(/[\s,;.]+$/, '')}` : part.replace(/[\s,;.]+$/, '');
      continue;
    }
    kept.push(time ? `${time}, ${part.trim()}` : part);
    time = '';
  }
  if (time) kept.push(time);
  return kept;
}

/** "First that he talks more. Second ...", "1. talk more 2. make a friend", "1 go to college. 2 have friends": a numbered list's markers, at the start of a sentence or clause. */
const LIST_MARKER =
  /(?:^|(?<=[.!?,;:]\s*)|(?<=\band\s+))(?:and\s+)?(?:(?:first|second|third|fourth|fifth)(?:ly)?|lastly|finally)(?:\s+(?:one|hope|thing))?(?:\s+(?:is|would\s+be))?(?:\s+that)?\s*[:,-]?\s+|(?:^|(?<=\s))\d{1,2}\s*[.)]\s+|(?:^|(?<=[.!?;:]\s*))\d\s+(?=[a-z])/gi;

/** "We have three big hopes": words that only announce the list. */
const ANNOUNCES = /^(?:\W*\w+\W*){0,10}$/;

/**
 * "Second he wants to read better and also he wants to learn to swim": an item may hold two hopes of its own.
 * "2 have his own friends and go cinema without me": the number marks one hope, so an item is cut only
 * where each later part says its own wish.
 */
function hopesOfItem(item: string): string[] {
  const parts = splitHopes(item);
  return parts.slice(1).every((part) => HOPE_WORDING.test(part)) ? parts : [item];
}

/** The hopes of a numbered list (two markers or more), each in the person's words; undefined when the message is no list. */
function listedHopes(text: string): string[] | undefined {
  const marks = [...text.matchAll(LIST_MARKER)];
  if (marks.length < 2) return undefined;
  const items = marks.map((m, i) => text.slice((m.index ?? 0) + m[0].length, marks[i + 1]?.index ?? text.length));
  const intro = text.slice(0, marks[0]!.index ?? 0).trim();
  // "We have three big hopes really." announces the list; anything longer is a hope of its own.
  // "ok again." before the list says no hope, so it is not kept.
  const keptIntro = intro && saysAHope(intro) && !(ANNOUNCES.test(intro) && /\b(?:hopes|dreams|things|wishes|goals)\b/i.test(intro)) ? [intro] : [];
  const hopes = [...keptIntro, ...items.flatMap((item) => hopesOfItem(item.trim()))]
    .map((item) => item.trim().replace(/^(?:and|also)\s+/i, '').replace(/[\s,;:.]+$/, ''))
    .map((item) => hopeWords(item) || item)
    .filter(Boolean);
  return hopes.length >= 2 ? hopes : undefined;
}

/**
 * "biscuit did a funny thing today he ate my sock 😂😂": a funny story told with laughter and no
 * hope beside it. It is thanked, never kept as a hope (the about-me reader sets such stories aside).
 */
export function onlyAFunnyStory(text: string): boolean {
  return /\p{L}{2,}/u.test(text) && aboutMeAnswer(text) === '';
}

/** "idk maybe", "hmm dunno lol": only a shrug, with no hope in it. */
export function shrugsOnly(text: string): boolean {
  return hopeWords(text) === '' && (DONT_KNOW.test(text) || /\b(?:maybe|i\s+guess)\b/i.test(text));
}

/** "now i just do 2 days at the charity shop", "at the moment i work at a cafe": a fact of now, said beside a hope. */
function isFactOfNow(sentence: string): boolean {
  const plain = sentence
    .replace(/^(?:(?:and|but|now|just|at\s+the\s+moment|currently|right\s+now|atm)[\s,]+)+/i, '')
    .replace(/^(i|he|she|they|we)\s+(?:only\s+|just\s+)+/i, '$1 ')
    .replace(/[.!]+$/, '');
  return saysHowThingsAreNow(plain);
}
