import { clausesOf, normaliseMessage } from './text';

/*
 * A message that is only a question to the bot, or talk about the chat around one: "Do you mean
 * hopes and dreams for next year, or for when I am an adult?", "I do not understand. What have you
 * kept? Please tell me what my hopes are now.", "Did you change hope 2? Please answer yes or no.",
 * "wait what did i say already", "Provide for whom?". A question is never an answer, so it is never
 * kept as a hope, a need, a help or an outcome. A message with an answer in it ("I want to be a
 * vet. Is that ok?") is not read here: its answer is kept by the question's own reading.
 */

export type QuestionOnly =
  /** "what have you kept", "what did i say already": the hopes kept are read back. */
  | { kind: 'listKept' }
  /** "did you change hope 2": yes or no, and what that hope says now. */
  | { kind: 'changedHope'; number: number }
  /** "do you mean A, or B?": either is fine. */
  | { kind: 'either' }
  /** Any other question: it is answered by what the question means. */
  | { kind: 'other' };

const LEAD = '(?:(?:so|but|and|ok|okay|um+|erm+|wait|sorry|hang on|hmm+|huh|oh)\\s+)*';

/** "what have you kept", "what did i say already", "tell me what my hopes are now", "what are my hopes". */
const LIST_KEPT = new RegExp(
  `^${LEAD}(?:(?:please|pls|can you|could you|will you)\\s+)*(?:(?:tell|show|remind)\\s+me\\s+)?(?:` +
    '(?:what|wat|wot)\\s+(?:have|did|do)\\s+(?:you|u)\\s+(?:got\\s+)?(?:kept|keep|saved|save|written|wrote|put)(?:\\s+down)?' +
    '|(?:what|wat|wot)\\s+(?:did|have|do)\\s+i\\s+(?:say|said|tell you|told you|type|typed|put|write|wrote)' +
    '|(?:what|wat|wot)\\s+(?:are|r|were)\\s+my\\s+(?:hopes|dreams|answers)' +
    '|(?:what|wat|wot)\\s+my\\s+(?:hopes|dreams|answers)\\s+(?:are|were|r)' +
    ')(?:\\s+(?:already|before|so far|now|then|again|please|pls|earlier|yet))*$',
);

/** "did you change hope 2", "have you changed my second hope". */
const NUMBER_WORDS: Record<string, number> = { one: 1, first: 1, two: 2, second: 2, three: 3, third: 3, four: 4, fourth: 4, five: 5, fifth: 5, six: 6, sixth: 6 };
const CHANGED_HOPE = new RegExp(
  `^${LEAD}(?:did|have|has)\\s+(?:you|u)\\s+(?:change|changed|fix|fixed|edit|edited|update|updated)\\s+(?:my\\s+|the\\s+)?` +
    '(?:hope\\s+(?:number\\s+)?(?<after>\\d+|one|two|three|four|five|six)|(?<before>first|second|third|fourth|fifth|sixth)\\s+hope)(?:\\s+(?:yet|then|already|or not))*$',
);

/** "do you mean A, or B", "is it A or B": two things offered, so either is fine. */
const EITHER = /^(?:do\s+you\s+mean|you\s+mean|is\s+it|are\s+they|should\s+it\s+be)\s+.+\s+or\s+.+$/;

/**
 * "do you mean what i hope for him when he is older?", "like when hes grown up?": asking whether the
 * question means later in life. Both are meant, so it is answered as "A or B" is.
 */
const WHEN_MEANT =
  /^(?:(?:do\s+you|you|so\s+you)\s+mean\b.*|(?:like|as\s+in|meaning)\s+(?:for\s+)?(?:when|in|later|after|next|this|now|the)\b.*)\b(?:older|grown\s+up|grows\s+up|adult|adulthood|the\s+future|future|leaves\s+school|after\s+school|next\s+year|this\s+year|right\s+now|now|later\s+on|later\s+in\s+life)\b/;

/** Words that open a question in plain English: "Provide for whom?" opens with a question word too. */
const QUESTION_OPENERS =
  /^(?:do|does|did|is|are|was|were|can|could|will|would|should|shall|have|has|what|whats|which|who|whom|whose|when|where|why|how|for whom|with which|with what|to whom|by whom|for what|about what|(?:like|as in|meaning|you mean|so you mean)\s+(?:when|for|what|how|now|later|after|at|in)|[a-z]+\s+for\s+whom|[a-z]+\s+what|[a-z]+\s+which)\b/;

/** "I am sorry", "sorry", "so sorry": an apology said before not understanding is part of that talk. */
const SORRY = '(?:(?:i\\s+am|i\\s+m|im)\\s+)?(?:so\\s+|very\\s+|really\\s+)?(?:sorry|soz)';

/** "what you mean", "what you mean by this", "what this means", "the question": what was not understood. */
const NOT_UNDERSTOOD =
  '(?:what\\s+(?:you|u)\\s+(?:mean|are\\s+asking|want)(?:\\s+(?:by|with)\\s+(?:this|that|it|the\\s+question|this\\s+question|that\\s+question))?|what\\s+(?:this|that|it)\\s+(?:means|is\\s+asking)|the\\s+question|this\\s+question|this|that|it)';

/**
 * Talk about the chat beside the question: not understanding (said sorry first, as a polite person
 * says it: "I am sorry, I am not sure what you mean by this"), forgetting, how to answer, a request to answer.
 */
const TALK = new RegExp(
  `^(?:${SORRY}\\s+)?(?:(?:but|and|i\\s+am\\s+afraid)\\s+)?(?:` +
    `i\\s+(?:do not|dont|did not|didnt|really\\s+do not|really\\s+dont)\\s+(?:really\\s+|quite\\s+)?(?:(?:understand|follow)(?:\\s+${NOT_UNDERSTOOD})?|(?:get|know)\\s+what\\s+(?:you|u)\\s+(?:mean|are\\s+asking|want)(?:\\s+by\\s+(?:this|that|it))?)` +
    `|i\\s+(?:do not|dont)\\s+get\\s+it|i\\s+(?:am|m)\\s+(?:a\\s+bit\\s+|rather\\s+|so\\s+)?(?:confused|lost)` +
    `|i\\s+(?:am|m)\\s+(?:not|still\\s+not)\\s+(?:really\\s+|quite\\s+)?sure\\s+${NOT_UNDERSTOOD}` +
    '|i\\s+forget(?:\\s+(?:stuff|things|a lot))?|please\\s+(?:just\\s+)?answer(?:\\s+me)?(?:\\s+(?:yes|yeah)\\s+or\\s+(?:no|nah))?|(?:just\\s+)?(?:yes|yeah)\\s+or\\s+(?:no|nah)(?:\\s+please)?|(?:please\\s+)?(?:tell|show|remind)\\s+me(?:\\s+please)?' +
    `)$|^${SORRY}$`,
);

/**
 * "can i say here that he is afraid from big dogs?", "could i put that she hates loud rooms": asking leave to say
 * something, with the thing said. That is an answer, kept by the question's own reading; "can i say something?" is not,
 * nor asking how or when to answer ("can i type in welsh please?", "can i put my answer in later?", "could i write my
 * answer in the box?", "can i add a photo of him?") or something about the chat ("can i say that you are confusing me?").
 */
const ANSWER_IN_ASKING =
  /^(?:can|could|may|shall|should)\s+(?:i|we)\s+(?:just\s+|also\s+)?(?:say|put|write|add|type|mention|tell\s+you)\s+(?:(?:here|in\s+here|there|down|in\s+this|for\s+this)\s+)?(?:that\s+)?(?!(?:something|anything|it|this|that|more|another|one\s+more|a|an|the|some|new|what|in|on|at|with|later|you|your|ur|photos?|pictures?|files?|my\s+(?:answer|answers|reply|words|bit|turn|own))\b)(?!.*\blater\b)\S+(?:\s+\S+){2,}$/;

/** Question marks and openers are read per sentence; the marks are kept to see which ended with one. */
function sentencesOf(text: string): Array<{ said: string; asked: boolean }> {
  const parts = text.match(/[^.?!;\n]+[.?!;\n]*/g) ?? [];
  return parts.map((part) => ({ said: normaliseMessage(part).replace(/\bu\b/g, 'you'), asked: part.includes('?') })).filter((s) => s.said);
}

/** The kind of question a message only asks; null when it holds anything else (an answer, a disclosure). */
export function readQuestionOnly(text: string): QuestionOnly | null {
  if (text.length > 200) return null;
  const sentences = sentencesOf(text);
  if (!sentences.length || sentences.length > 4) return null;
  let found: QuestionOnly | null = null;
  const take = (kind: QuestionOnly): void => {
    // The most telling kind wins: a list or a hope asked about is answered before "other".
    if (!found || found.kind === 'other') found = kind;
  };
  for (const { said, asked } of sentences) {
    const changed = CHANGED_HOPE.exec(said);
    if (changed) {
      const word = changed.groups?.after ?? changed.groups?.before ?? '';
      take({ kind: 'changedHope', number: /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 0) });
    } else if (LIST_KEPT.test(said)) take({ kind: 'listKept' });
    else if ((EITHER.test(said) || WHEN_MEANT.test(said)) && (asked || /^do\s+you\s+mean\b/.test(said))) take({ kind: 'either' });
    else if (TALK.test(said)) continue;
    else if (ANSWER_IN_ASKING.test(said)) return null;
    else if (asked && QUESTION_OPENERS.test(said) && said.split(' ').length <= 16) take({ kind: 'other' });
    // "Do you mean more cards? And any adult, not just Mrs Patel and me?": a second question carrying on the first.
    else if (asked && found && /^(?:and|or|but|also|so)\s/.test(said) && said.split(' ').length <= 16) continue;
    else return null;
  }
  return found;
}

/** "i was asking what i said before", "it was a question", "i forget stuff": why a question was typed. */
const WHY_ASKED =
  /^(?:(?:no|but|sorry|and)\s+)*(?:i\s+(?:was|am|m)\s+(?:just\s+|only\s+)?(?:asking|asking you|trying to ask)\b.*|(?:it|that|this)\s+(?:was|is|s)\s+(?:just\s+|only\s+)?a\s+question\b.*|i\s+(?:forget|forgot)(?:\s+(?:stuff|things|a lot|what i said|easily))?|i\s+(?:have|ve got|have got)\s+(?:a\s+)?(?:bad\s+)?memory(?:\s+problems?)?|my\s+memory\s+is\s+(?:bad|not good|rubbish))$/;

/** Whether the message only says why a question was typed (so nothing in it is a hope). */
export function onlyExplainsAsking(text: string): boolean {
  const sentences = clausesOf(text).map((s) => normaliseMessage(s)).filter(Boolean);
  return sentences.length > 0 && sentences.every((s) => WHY_ASKED.test(s));
}
