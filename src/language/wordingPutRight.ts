import { normaliseMessage } from './text';

/*
 * A message that only puts the chat's own wording right: "you put 'it should say' in it. that's wrong. show me all my
 * hopes.", "the date part has a full stop in the middle. it should just say by september 2027.", "nearly but you cut off
 * the end it should say practise doing help desk calls". Its words look like harm to the concern reader ("full stop",
 * "should just ... end", "the end it should"), but they are about the chat's sentence, not the person.
 *
 * Every sentence, from the first word to the last, must be one of the kinds below: anything else said ("that's wrong.
 * i want it all to stop") and the message is read whole, as ever. Never a list of stop words: the words the person
 * wants written ("it should say ...", "you put '...' in it") are handed back, to be read for harm on their own.
 */

/** Words that may open a sentence and carry nothing: "nearly but", "no wait", "um". */
const LEAD = /^(?:(?:nearly|almost|close|no|nope|not\s+quite|wait|um+|erm+|but|and|well|so|ok|okay|oh|hmm+)\b[\s,]*)+/;

/** "you put 'it should say' in it": the chat's words quoted back, and where they went. */
const QUOTED_PUT = /\b(?:you|u)\s+(?:put|wrote|added|typed|left|kept)\s+(?:in\s+)?(['"])([^'"]{1,200})\1\s+(?:in|into|on)\s+(?:it|there|that|this|(?:the|my|that|this)\s+(?:\w+\s+)?(?:hope|dream|goal|outcome|sentence|line|bit|part|answer|plan))\b/g;
/** Where a quoted piece was, once taken out. */
const QUOTED_MARK = 'quotedwords';

/** The kinds of sentence that only talk about the chat's wording, with nothing handed back. */
const ABOUT_WORDING: readonly RegExp[] = [
  new RegExp(`^${QUOTED_MARK}$`),
  // "that's wrong", "its not what i said".
  /^(?:thats|that\s+is|its|it\s+is|this\s+is)\s+(?:all\s+|just\s+)?(?:wrong|not\s+right|not\s+what\s+i\s+(?:said|meant|put|wrote|typed))$/,
  // "show me all my hopes".
  /^(?:(?:can|could)\s+(?:you|u)\s+|please\s+)?show\s+me\s+(?:all\s+)?(?:of\s+)?my\s+(?:hopes|dreams|outcomes|goals|plan|answers)(?:\s+(?:please|pls|again))?$/,
  // "the date part has a full stop in the middle", "there is a comma in the middle of the date".
  /^(?:the|that|this)\s+(?:\w+\s+)?(?:part|bit|line|sentence|words?|date|outcome|hope|goal)\s+(?:has|has\s+got|got|have)\s+(?:a|an)\s+(?:full\s+stop|comma|dot|extra\s+space|capital\s+letter)\s+in\s+(?:the\s+middle|it)(?:\s+of\s+it)?$/,
  /^there(?:s|\s+is)\s+(?:a|an)\s+(?:full\s+stop|comma|dot|extra\s+space|capital\s+letter)\s+in\s+the\s+middle(?:\s+of\s+(?:the|that|this|my)\s+(?:\w+\s+)?(?:part|bit|line|sentence|date|outcome|hope|goal))?$/,
  // "you cut off the end", "you cut the end off": the chat as the one who cut, its sentence's end as what was cut.
  /^(?:you|u)\s+(?:cut|chopped|clipped|missed|left)\s+(?:off\s+the\s+end|the\s+end\s+off)(?:\s+of\s+(?:it|the\s+(?:sentence|outcome|hope|goal|line)))?$/,
];

/** "it should just say by september 2027": the words wanted, which run to the end of the message. */
const SHOULD_SAY = /^(?:(?:you|u)\s+(?:cut|chopped|clipped|missed|left)\s+(?:off\s+the\s+end|the\s+end\s+off)\s+)?(?:it|that|this)\s+(?:should|shud|shld|needs\s+to|is\s+meant\s+to|was\s+meant\s+to)\s+(?:just\s+|only\s+)?(?:say|read)\s+(\S.*)$/s;

/**
 * The words the person wants (and any quoted back) when the whole message only puts the chat's wording right, ""
 * when it hands back none, or null when anything else is said and the message is to be read whole.
 */
export function wordsMeantInWordingFix(text: string): string | null {
  const quoted: string[] = [];
  const lower = text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(QUOTED_PUT, (_all, _q: string, words: string) => {
      quoted.push(words);
      return ` ${QUOTED_MARK} `;
    });
  // Sentences end at a full stop, a question or exclamation mark, a semicolon or a new line.
  const sentences = lower.split(/[.!?;\n]+/);
  const meant: string[] = [...quoted];
  let talk = false;
  for (let i = 0; i < sentences.length; i++) {
    const said = normaliseMessage(sentences[i]!.replace(/`/g, '')).replace(LEAD, '').trim();
    if (!said) continue;
    // The wanted words keep their own sentences, so each is read for harm as it was typed.
    const rest = sentences.slice(i).join('. ').replace(/['’‘`]/g, '').replace(/\s+/g, ' ').trim().replace(LEAD, '');
    const should = SHOULD_SAY.exec(rest);
    if (should) return [...meant, should[1]!].join('. ');
    if (!ABOUT_WORDING.some((kind) => kind.test(said))) return null;
    talk = true;
  }
  return talk ? meant.join('. ') : null;
}
