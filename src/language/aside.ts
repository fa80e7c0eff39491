import { RemarkPattern } from './remarkPatterns';
import { normaliseMessage } from './text';
import { RecentReadings, readOnce } from './recentReadings';
import { BORED, COMPLAINT, GONE_WRONG, QUESTION_ASKED_AGAIN } from './asideComplaints';
import { withoutTheirReading } from './answerLead';
export { BORED, GONE_WRONG } from './asideComplaints';

/*
 * Talk about the question rather than an answer to it. "what do you mean by a step?" asks what
 * the question means: the bot explains and asks it again. "i told u that" or "thats not a hope
 * lol" says the bot got something wrong: the bot says sorry and asks again. Neither is ever kept
 * as a hope, need, outcome or help. Each rule must cover the whole message, so an answer that
 * only mentions these words ("i told my mum i want to cook") stays an answer.
 */

export type Aside = 'question' | 'complaint' | 'why';

/** "why do u need to know that", "whats that got to do with it": why the bot asks, answered kindly. */
const WHY: readonly RegExp[] = [
  /^(?:why|y|how come)\s+(?:do|does|d|would|did)?\s*(?:you|u|ya|yu|it|they|people|anyone)\s+(?:even\s+)?(?:(?:need|needs|want|have|got|has)\s+to|wanna|gotta)\s+(?:know|ask|see)\b.*$/,
  /^(?:why|y|how come)\s+(?:do|does|d)?\s*(?:you|u|ya|yu)\s+(?:need|want|wanna)\s+(?:that|this|it|them|to)$/,
  /^(?:why|y|how come)\s+(?:are|r|re)?\s*(?:you|u|ya)\s+(?:asking|askin)(?:\s+(?:me|that|this|it|about that|about this|me that|me this|me about that|me about this))*$/,
  /^(?:why|y)\s+(?:does|do|would)\s+(?:that|this|it)\s+matter\b.*$|^(?:why|y)\s+(?:is|s)\s+(?:that|this|it)\s+(?:important|needed|relevant)\b.*$/,
  /^(?:what|wat|whats|wats)\s+(?:s\s+|is\s+|does\s+|has\s+)?(?:that|this|it)\s+(?:got|have|has)\s+to\s+do\s+with\s+(?:anything|it|this|me|owt|the plan)\b.*$/,
  /^(?:what|wat|wot)\s*(?:s|is)?\s+(?:even\s+)?(?:is\s+)?(?:the point|the point of this|the point of that|the point of (?:all |any of )?(?:this|these|the|your) (?:questions?|chat|bot|stuff)|the point of all this|the point of any of this|that for|this for|it for|this chat for|this bot for|all this for|all this about)$|^(?:what for|why that|why this|why tho|why though|but why|why)$/,
  // "why is it good for him?" at "what would it do for Luca?": why the bot asks, never what it would do.
  /^(?:why|y|how come)\s+(?:is|s|would|will|does)\s+(?:it|that|this)\s+(?:be\s+)?(?:good|important|better|useful|helpful|matter)\s+(?:for|to)\s+(?:him|her|them|me|us|you|my\s+(?:son|daughter|child|boy|girl))$/,
  /^(?:who|whos)\s+(?:is going to|s going to|gonna|will|is gonna)\s+(?:see|read|look at)\s+(?:this|that|it|my answers|what i say|what i put)$/,
];

/** Words around the message that change nothing: "wat", "um", "lol", "mate". */
const LEAD = /^(?:(?:ugh+|urgh+|omg|oh my god|oh my days|oh my gosh|bruh|wat|what|wot|huh|eh|um+|erm|hmm+|er|oh|ok|okay|so|but|no|nah|sorry|bot|mate|like|wait|hang on|hold on|well|idk|dunno|i dunno|i dont know|i think|i mean|honestly|yeah|yes)\s+)*/;
const TAIL = /(?:\s+(?:lol|lmao|haha\w*|mate|bro|man|though|tho|then|again|please|pls|thx|thanks|or what|ok|okay|already|alr|before|earlier|just now|innit|dude|fam))+$/;

/** The words the questions use: a step, a hope, a measure... */
const TERM =
  '(?:steps?|hopes?|dreams?|needs?|outcomes?|measures?|provision|support|aspirations?|targets?|goals?|themes?|barriers?|key workers?|plans?|ehcp?s?|ehc plans?|drafts?|sections?|timeframes?|(?:a )?year or two|next year or two|how everyone will know|everyone will know|make possible|provide|do for (?:you|me)|that|this|it)';

const QUESTION: readonly RegExp[] = [
  // "what do you mean (by a step)?", "wdym", "wym by that"
  /^(?:what|wat|wot|wht|wa)\s*(?:do|does|d)\s*(?:you|u|ya|yu|yous|it|that|this)\s+(?:mean|meen|mena)\b.*$/,
  /^(?:wdym|wym|wtym)\b.*$/,
  // "what's a step?", "what is an outcome", "what are needs"
  new RegExp(`^(?:what|wat|wot|wht)\\s*(?:s|is|are|r|re)?\\s+(?:a|an|the|my|your|ur)?\\s*${TERM}(?:\\s+(?:mean|means|then|exactly|supposed to be|meant to be|you mean|u mean))?$`),
  // "what does 'provision' mean", "what does a step mean"
  /^(?:what|wat|wot)\s+(?:does|do|dose|is)\s+(?:\S+\s+){0,5}(?:mean|means|meaning)$/,
  // "what kind of thing", "what sort of answer do you want"
  /^(?:what|wat)\s+(?:kind|kinds|sort|sorts|type|types)\s+of\s+(?:thing|things|stuff|answer|answers|step|steps|hope|hopes|need|needs|help)\b.*$/,
  // "like what?", "such as?", "can you give me an example"
  /^(?:like what|such as|for example|eg|example|examples|an example|any examples?|(?:can|could) (?:you|u) give (?:me )?(?:an )?examples?|give me (?:an )?examples?)$/,
  // "what are you asking", "what are you on about"
  /^(?:what|wat)\s+(?:are|r)\s+(?:you|u)\s+(?:asking|on about|talking about|saying)\b.*$/,
  // "do you mean ...?", "you mean what help she needs?", "is a step like ...?"
  /^(?:do|d)\s+(?:you|u)\s+mean\b.*$/,
  // "when you say what makes the hope hard do you mean whats getting in the way", "by help do u mean at school"
  /^(?:(?:so|and|but|ok|okay)\s+)?(?:(?:when|wen|where|if)\s+(?:you|u|ya)\s+(?:say|said|ask|asked|put|write|wrote|talk about)|by)\s+.*\b(?:do|d)\s+(?:you|u|ya)\s+mean\b.*$/,
  /^(?:so\s+)?(?:you|u)\s+mean\s+(?:what|which|how|who|like|the|if|for|about)\b.*$/,
  // "provide, i dont understand this question well", "i dont really get what you mean": the word or the question not understood.
  new RegExp(`^(?:${TERM}\\s+)?(?:i|me|we)\\s+(?:dont|do not|didnt|did not|cant|cannot|can not)\\s+(?:really\\s+|quite\\s+|fully\\s+|very\\s+well\\s+)?(?:understand|get|follow|know what)\\s+(?:(?:this|the|that|your|ur)\\s+(?:question|word|one)|what\\s+(?:you|u)\\s+mean|what\\s+(?:it|that|this)\\s+means?|(?:the\\s+)?word)(?:\\s+(?:well|very well|properly|fully|sorry|you mean|means?))?$`),
  /^(?:how|wat|what)\s+(?:do|should|can)\s+i\s+(?:answer|say|put)\s+(?:that|this|it)$/,
  // "is that the measure thing?", "is this the how will we know bit", "so is a measure like a chart?"
  new RegExp(`^(?:so\\s+)?(?:is|iz|s)\\s+(?:that|this|it|dat|a|an|the)\\s+(?:(?:the|a|an|what you mean by|wot you mean by)\\s+)?(?:${TERM}|how (?:will )?(?:we|everyone|you|people|they) (?:will )?know)(?:\\s+(?:thing|bit|part|question|one|you mean|u mean))?(?:\\s+(?:like|as in)\\s+.*)?$`),
];

/** The message only says the chat is boring or long: answered kindly ("you can stop and come back"), asked again. */
export function saysTheyAreBored(text: string): boolean {
  if (text.length > 120) return false;
  const sentences = sentencesOf(text);
  return sentences.length > 0 && sentences.every((s) => BORED.test(s.replace(TAIL, '').trim()));
}

/** Said about the chat in a sentence of its own, with words after it ("i already said idk", "i said ear defenders already"). */
const ABOUT_THE_CHAT: readonly RegExp[] = [
  // "i already said a few in that message", "ive just answered this one", "i already said idk"
  /^(?:i|ive|i have|i ve)\s+(?:already|just|allready|alredy|literally)\s+(?:said|sed|told|answered|put|wrote|typed|gave|done|mentioned)\b.*$/,
  // "i said ear defenders already", "i told you that before"
  /^(?:i|ive|i have|i ve)\s+(?:said|told you|told u|answered|put|wrote|mentioned)\b.*\s(?:already|before|earlier|alr)$/,
  // "i said no to another hope", "i said yes"
  /^i\s+(?:said|sed|told you|told u)\s+(?:no|yes|yeah|nope|nah|idk|dunno|i dont know|i don t know|not sure|i m not sure|im not sure)\b.*$/,
  // "it is the same thing", "same as before", "thats the same one"
  /^(?:(?:it|its|it s|that|thats|that s|this|this is|it is|that is)\s+)?(?:(?:is|s)\s+)?(?:just\s+)?(?:the\s+)?same\s*(?:thing|one|answer|as before|as that|as the last one|as i said|again)?$/,
  // "you didnt ask about the vet one properly", "u never saved it"
  /^(?:(?:but|and)\s+)?(?:you|u)\s+(?:didnt|did not|never|havent|have not)\s+(?:ask|asked|listen|listened|read|get|got|save|saved|hear|heard|keep|kept)\b.*$/,
  // "did you get those as well?", "have you saved that"
  /^(?:did|have|did not|didnt)\s+(?:you|u)\s+(?:get|got|save|saved|keep|kept|hear|heard|see|seen|read|take|took)\s+(?:those|that|them|it|this|all|everything|what i said)\b.*$/,
];

/** Asking about the chat itself: "im confused", "what already helps with what?", "are we going to talk about those?". */
const ASKS_ABOUT_THE_CHAT: readonly RegExp[] = [
  // "sorry i am confuse": as someone learning English may say it.
  /^(?:sorry\s+)?(?:i\s*m|im|i am)\s+(?:(?:so|really|a bit|bit|well)\s+)?(?:confused|confuse|lost|stuck)$/,
  /^what\b.*\s(?:with|for|about|of)\s+what$/,
  // "help with what?", "hard for what?": the question's own word, asked back.
  /^(?:help|helps|hard|harder|works|good)\s+(?:with|for|about|of)\s+what$/,
  /^(?:are|r)\s+(?:we|you|u)\s+(?:going to|gonna|gna|ever going to)\s+(?:talk|ask|speak|do|get to|come to|go back)\b.*$/,
];

/** "i tell you", "i already told you that": said in front of a complaint. */
const TOLD_YOU = /^i\s+(?:already\s+|just\s+)?(?:tell|told|said to)\s+(?:you|u)\s+(?:that\s+|again\s+|before\s+)?/;

/** A short piece beside talk about the chat ("get a job", "i want it now", "no"), too short to keep on its own. */
const SHORT_BESIDE = 5;

function sentencesOf(text: string): string[] {
  return text.split(/[.!?…;]+|\s[-–—]\s/).map((s) => normaliseMessage(s)).filter(Boolean);
}

/** "sorry this is long", "soz for the essay", "sorry im rambling": the person's apology for their own message, not a complaint. */
const OWN_APOLOGY = new RegExp(RemarkPattern.ownApology);

function kindOf(sentence: string): Aside | null {
  const said = cores(sentence);
  const bare = normaliseMessage(sentence).replace(LEAD, '').trim();
  if (OWN_APOLOGY.test(normaliseMessage(sentence))) return null;
  if (said.some((c) => WHY.some((re) => re.test(c)))) return 'why';
  // "I tell you this is not hope": the complaint after "i told you" is read on its own too.
  const told = said.map((c) => c.replace(TOLD_YOU, '').trim()).filter(Boolean);
  if ([...said, ...told].some((c) => COMPLAINT.some((re) => re.test(c))) || complaintsRunOn(bare) || QUESTION_ASKED_AGAIN.test(bare) || ABOUT_THE_CHAT.some((re) => re.test(bare))) return 'complaint';
  if (said.some((c) => QUESTION.some((re) => re.test(c))) || ASKS_ABOUT_THE_CHAT.some((re) => re.test(bare) || said.some((c) => re.test(c)))) return 'question';
  return null;
}

/** "thats rong", "worng": "wrong" as it is often typed by ear or in a hurry. */
function spellWrong(said: string): string {
  return said.replace(/\b(?:rong|rongg|wrongg|worng|wrnog|rnog)\b/g, 'wrong');
}

/** Where a dictated sentence may start a new clause: "... again that was not a hope i asked you to ...". */
const CLAUSE_START = /^(?:that|thats|this|it|its|i|you|u|your|youre|ur)$/;

/**
 * "your doing it again that was not a hope i asked you to delete stuff": complaints dictated with no
 * stops, each clause a complaint of its own. Only a sentence wholly made of complaints counts.
 */
function complaintsRunOn(bare: string): boolean {
  const words = bare.replace(TAIL, '').split(' ').filter(Boolean);
  if (words.length < 6 || words.length > 30) return false;
  const starts = words.map((w, i) => i === 0 || CLAUSE_START.test(w));
  if (starts.filter(Boolean).length < 2) return false;
  // Whether words[from..] can be cut into complaints, each starting where a clause may start.
  const fits = (from: number, depth: number): boolean => {
    for (let to = from + 2; to <= words.length; to++) {
      if (to < words.length && !starts[to]) continue;
      const clause = words.slice(from, to).join(' ');
      if (!COMPLAINT.some((re) => re.test(clause))) continue;
      if (to === words.length ? depth > 0 : fits(to, depth + 1)) return true;
    }
    return false;
  };
  return fits(0, 0);
}

/** The message with its trailing filler off, and again with its leading filler off too. */
function cores(text: string): string[] {
  const whole = spellWrong(normaliseMessage(text)).replace(TAIL, '').trim();
  const cut = whole.replace(LEAD, '').trim();
  return [whole, cut].filter(Boolean);
}

/** One sentence says the bot got something wrong ("this is not hope", "i already told you"). */
export const complaintSentence = readOnce(complaintSentenceAfresh);
function complaintSentenceAfresh(sentence: string): boolean {
  return kindOf(sentence) === 'complaint';
}

/** One sentence asks what the question means ("you mean at home?", "wdym"), or why it is asked ('why'). */
export function questionSentence(sentence: string): Aside | null {
  const kind = kindOf(sentence);
  return kind === 'question' || kind === 'why' ? kind : null;
}

/** The message is about the question (what it means) or about the bot (it got something wrong), not an answer. */
export function readAside(text: string, options: { shortAnswers?: boolean } = {}): Aside | null {
  if (text.length > 160) return null;
  // A turn asks this of the same words in several places (take-backs, talk, chatter): read once.
  return (options.shortAnswers ? asidesWithShortAnswers : asides).read(text, () => asideOf(text, options.shortAnswers === true));
}

const asides = new RecentReadings<Aside | null>();
const asidesWithShortAnswers = new RecentReadings<Aside | null>();

function asideOf(text: string, shortAnswers: boolean): Aside | null {
  const said = cores(text);
  if (said.some((c) => WHY.some((re) => re.test(c)))) return 'why';
  if (said.some((c) => COMPLAINT.some((re) => re.test(c)))) return 'complaint';
  if (said.some((c) => QUESTION.some((re) => re.test(c)))) return 'question';
  // Sentence by sentence: talk about the chat, with nothing beside it long enough to be an answer.
  // Where a word or two is a whole answer (a name: "i just said lol. ella"), nothing may be beside it.
  const kinds = sentencesOf(text).map((s) => ({ kind: kindOf(s), words: s.replace(LEAD, '').split(/\s+/).filter(Boolean).length }));
  const beside = kinds.filter((k) => !k.kind);
  if (beside.length === kinds.length || beside.some((k) => shortAnswers || k.words > SHORT_BESIDE)) return null;
  return kinds.some((k) => k.kind === 'complaint') ? 'complaint' : kinds.some((k) => k.kind === 'why') ? 'why' : 'question';
}

/**
 * The answer said beside talk about the chat, when it is only a yes, no or "nothing" ("wats a key
 * worker?? idk no", "this is annoying. no"): the talk is answered, and this is the answer.
 */
export function answerBesideAside(text: string): string | null {
  if (!readAside(text)) return null;
  const beside = sentencesOf(text).filter((s) => !kindOf(s)).map((s) => s.replace(LEAD, '').replace(TAIL, '').trim() || s);
  if (beside.length !== 1) return null;
  const only = beside[0]!;
  return /^(?:no|nope|nah|naa+|yes|yeah|yep|ye|yh|ya|nothing|none|not really|no thanks|no thank you|skip)$/.test(only) ? only : null;
}

const CONFUSED = /\b(?:im|i am|i m|i feel|i get|getting|so)\s+(?:so\s+|really\s+|a bit\s+|a little\s+|very\s+|well\s+)?(?:confused|lost)\b|\b(?:i\s+)?(?:dont|do not)\s+(?:understand|get)\s+(?:the|this|that|your|ur)\s+question\b/;

/**
 * "I'm confused" anywhere in a message: said about the question, so not kept as an answer when
 * the message comes back to that question after a check. (Elsewhere it may be part of an answer:
 * "he gets confused in crowds" does not match.)
 */
export function saysTheyAreConfused(text: string): boolean {
  return CONFUSED.test(normaliseMessage(text));
}

/** A complaint that takes back the last answer: "wait no ...", "thats not what i meant", "i said no. the words are wrong". */
const CORRECTION = /^(?:(?:no|nah|nope|oh|oh no)\s+)*(?:(?:i think\s+)?(?:that|thats|that s|it|its|it s|this)\s+(?:has\s+|is\s+|s\s+)?(?:gone|went)\s+(?:a bit\s+|a little\s+|all\s+|really\s+)?wrong\b|(?:wait|hang on|hold on|oops|sorry)\s+no\b|i\s+said\s+no\b(?!\s+codes?\b)|(?:the\s+)?words\s+(?:are|were)\s+wrong\b|no\s+wait\b|(?:that|thats|that s|its|it s|that is)\s+not\s+what\s+i\s+(?:meant|mean|wanted)\b|i\s+(?:didnt|did not|never)\s+(?:mean|meant)\s+(?:that|this|it)\b|(?:that|thats|that is|its)\s+(?:wrong|not right))/;

export function isCorrection(text: string): boolean {
  // The plain pattern first: most messages are no correction, and it is far cheaper than reading an aside.
  return CORRECTION.test(normaliseMessage(text)) && readAside(text) === 'complaint';
}

/**
 * "is that the measure thing? we'd write it on her chart": a question about the step with an answer
 * beside it. The answer part alone, when the message holds both; otherwise null (then the whole
 * message is an answer, or all of it is talk about the question and `readAside` says so).
 */
export function answerBesideQuestion(text: string): string | null {
  if (text.length > 320) return null;
  const pieces = text.split(/(?<=[?!.…;])\s+/).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2) return null;
  // "why is that lovely to hear? ... anyway, trains": a complaint about the chat beside a long answer is left out too.
  const asked = pieces.map((p) => normaliseMessage(p).replace(LEAD, '').trim() !== '' && (kindOf(p) === 'question' || kindOf(p) === 'complaint'));
  if (!asked.some(Boolean) || asked.every(Boolean)) return null;
  // "what do you mean provide? if you mean help, a map on my phone": their reading of the question is no answer.
  const rest = withoutTheirReading(pieces.filter((_p, i) => !asked[i]).join(' ').trim());
  return rest.split(/\s+/).length > SHORT_BESIDE ? rest : null;
}
