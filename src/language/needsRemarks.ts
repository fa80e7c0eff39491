import { asksToChangeLastHard } from './hardReworded';
import { RemarkPattern } from './remarkPatterns';
import { normaliseMessage } from './text';
import { TAKE_OUT_VERB } from './takeOutVerbs';

/*
 * Remarks about what the needs questions have kept, typed where the bot asks what is hard or what
 * helps: "you've missed the main one", "hang on what have you got down so far", "can u change that
 * wording, it sounds like he's naughty", "thats not help thats the problem??". Each is about the
 * list so far, never a hard thing or help in itself.
 */

export type NeedsRemark =
  /** "you've missed the main one": something is missing; `main` when they call it the main one. */
  | { kind: 'missing'; main: boolean }
  /** "what have you got down so far": what is kept for this hope is asked for. */
  | { kind: 'soFar' }
  /** "can u change that wording": the words of the last hard thing should change; new words not given yet. */
  | { kind: 'reword' }
  /** "thats not help thats the problem": the help just kept is really something hard. */
  | { kind: 'problemNotHelp' }
  /** "is that the hard thing or the help?": which of the two the question asks about. */
  | { kind: 'whichQuestion' }
  /** "take out the help", "delete the help about the TA": help kept should go; `about` names it by its words. */
  | { kind: 'dropHelp'; about: string | null };

/** Words before the remark that change nothing: "hang on", "wait", "oh and". */
const LEAD = new RegExp(`^${RemarkPattern.remarkLead}`);
const YOU = '(?:you|u|youve|uve|you have|u have|you ve|u ve|ya)';
/** "the main one", "the most important thing", "a big one", "something". */
const MAIN = '(?:main|biggest|big|most important|important|worst|real|key)';
const THING = '(?:one|thing|bit|part|problem|issue|hard thing|need)';

/** "you've missed the main one", "u forgot the biggest thing", "you left out a big one", "theres one missing". */
const MISSING = new RegExp(
  `^(?:${YOU}\\s+(?:(?:have|ve)\\s+)?(?:missed|forgot|forgotten|left|missed out|not got|havent got|dont have|didnt put|didnt get)\\s+(?:out\\s+)?(?:the|a|an|one|another|something|my|his|her|their)(?:\\s+(?<main>${MAIN}))?(?:\\s+${THING})?(?:\\s+out)?|(?:there is|theres|there s)\\s+(?:one|something|a\\s+(?:(?<main2>${MAIN})\\s+)?${THING}|the\\s+(?<main3>${MAIN})\\s+${THING})\\s+missing|(?:the|a)\\s+(?<main4>${MAIN})\\s+${THING}\\s+is\\s+missing|what about the\\s+(?<main5>${MAIN})\\s+${THING})(?:\\s+(?:tho|though|there|here|lol|off the list|off))*$`,
);

/** "what have you got down so far", "wat have u put so far", "whats down so far", "what do you have so far". */
const SO_FAR = new RegExp(
  `^(?:what|wat|wot)\\s+(?:(?:have|did|do|has)\\s+(?:${YOU}|we)\\s+(?:got|get|put|written|wrote|kept|saved|typed|noted|have)(?:\\s+down)?(?:\\s+for\\s+(?:him|her|them|me|this|it))?\\s+(?:so far|down|yet|up to now)|(?:is|s|have you got|has it got)\\s+(?:down|kept|written|on there|in there)\\s+so far)$|^(?:whats|wats|wots)\\s+(?:down|kept|written|on there|in there)\\s+so far$|^(?:can|could)\\s+(?:i|we)\\s+see\\s+what\\s+${YOU}\\s+(?:have|got|ve got|have got|put|written)(?:\\s+down)?(?:\\s+so far)?$`,
);

/** "can u change that wording", "could you word that better", "reword that please". */
const REWORD =
  /^(?:(?:please|pls)\s+)?(?:(?:can|could|will|would)\s+(?:you|u)\s+|(?:can|could)\s+(?:we|i)\s+)?(?:change|reword|rephrase|rewrite|fix)\s+(?:the|that|this|those|it)\s*(?:wording|words|way you put it|way its put)?(?:\s+(?:please|pls|a bit|for me|again))*$|^(?:(?:can|could|will|would)\s+(?:you|u)\s+)?(?:word|put)\s+(?:that|it|this)\s+(?:differently|better|nicer|another way|more kindly|in a nicer way)(?:\s+(?:please|pls))*$|^i\s+(?:dont|do not)\s+like\s+(?:the|that|this|how)\s+(?:wording|words|its worded|that s worded|thats worded|it s worded)$/;
/** "it sounds like he's naughty", "that makes her sound lazy": the wording blames them. */
const SOUNDS_BLAMING =
  /^(?:it|that|this|thats|its)\s+(?:s\s+)?(?:sounds|sound|makes\s+(?:him|her|them|me)\s+sound|reads)\s+(?:like\s+(?:(?:he|she|they|i)\s*(?:s|is|are|re|am|m)?|it s\s+(?:his|her|their|my)\s+fault)|as if\s+(?:he|she|they|i)\s*(?:s|is|are|m)?)?\s*(?:just\s+|really\s+|a bit\s+|being\s+)?(?:naughty|bad|lazy|rude|difficult|horrible|a brat|a problem|a pain|stupid|thick|badly behaved|the problem|his fault|her fault|their fault|my fault)$/;

/** "whats hard for me", "what i find hard", "the hard bit", "what he struggles with": said of the words kept as help. */
const HARD_IS =
  '(?:whats|what s|what is|what)\\s+(?:is\\s+|s\\s+)?(?:hard|difficult|tricky|a struggle|makes it hard|gets in the way|(?:i|he|she|they|we)\\s+(?:find|finds|struggle|struggles)(?:\\s+(?:hard|difficult|with))?)(?:\\s+for\\s+(?:me|him|her|them|us))?|(?:the|a)\\s+hard\\s+(?:bit|thing|part|one)|(?:the\\s+)?(?:hard|difficult)\\s+(?:bit|part)|hard\\s+(?:for\\s+(?:me|him|her|them))';

/** "thats not help thats the problem", "that's the problem not the help", "no thats what makes it hard". */
const PROBLEM_NOT_HELP = new RegExp(
  `^(?:(?:no|nah|what|wot)\\s+)*(?:${RemarkPattern.notHelp}\\s+(?:(?:that|thats|that s|it|its|it s|this)\\s+(?:is\\s+|was\\s+|s\\s+)?)?(?:the|a|what)\\s+(?:problem|issue|hard thing|difficulty|makes it hard|struggle|need)|${RemarkPattern.notHelp}\\s+(?:(?:that|thats|that s|it|its|it s|this)\\s+(?:is\\s+|was\\s+|s\\s+)?)?(?:${HARD_IS})|(?:that|thats|that s|its|it s|this)\\s+(?:is\\s+|s\\s+)?(?:the|a)\\s+(?:problem|issue|hard thing|difficulty)\\s+not\\s+(?:the\\s+|a\\s+)?(?:help|what helps|support)|(?:that|thats|that s|its|it s)\\s+(?:is\\s+)?what\\s+makes\\s+it\\s+hard(?:\\s+not\\s+(?:the\\s+)?(?:help|what helps))?)$`,
);

const HARD_WORD = '(?:(?:the\\s+|a\\s+)?(?:hard\\s+(?:thing|bit|part|one)s?|problems?|issues?|barriers?|needs?|difficult(?:y|ies)|struggles?|(?:what|whats|what s)\\s+(?:is\\s+|makes\\s+it\\s+)?hard|what\\s+gets\\s+in\\s+the\\s+way))';
const HELP_WORD = '(?:(?:the\\s+|a\\s+)?(?:help|helps|support|help\\s+bit|help\\s+part|(?:what|whats|what s)\\s+(?:already\\s+)?helps?))';
/** "is that the hard thing or the help", "do you mean the problem or what helps", "hard thing or help?". */
const WHICH_QUESTION = new RegExp(
  `^(?:(?:is|was|are)\\s+(?:that|this|it|these|those)\\s+(?:question\\s+)?(?:about\\s+|for\\s+|asking\\s+(?:about\\s+)?)?|(?:do|did)\\s+(?:you|u)\\s+(?:mean|want)\\s+|(?:are|r)\\s+(?:you|u)\\s+asking\\s+(?:about\\s+)?|(?:which|what)\\s+(?:is|one\\s+is|one)\\s+(?:this|that|it)\\s+|(?:so\\s+)?(?:is|am)\\s+i\\s+(?:saying|telling\\s+you|meant\\s+to\\s+say)\\s+)?(?:${HARD_WORD}\\s+or\\s+${HELP_WORD}|${HELP_WORD}\\s+or\\s+${HARD_WORD})(?:\\s+(?:then|here|now|bit|part|question))*$`,
);
/** "take out the help", "remove that help please", "delete the help about the ta", "take the help out". */
const DROP_HELP = new RegExp(
  `^(?:(?:please|pls|can\\s+(?:you|u)|could\\s+(?:you|u)|just)\\s+)*(?:${TAKE_OUT_VERB}|take)\\s+(?:the|that|this|my|his|her|their)\\s+(?:help|what\\s+helps|support)(?:\\s+(?:bit|part|one))?(?:\\s+(?:about|with|that\\s+says|saying)\\s+(?:the\\s+)?(?<about>.{2,40}?))?(?:\\s+(?:out|off|away))?(?:\\s+(?:please|pls|thanks|again))*$`,
);

const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\s*,\s*|\n+/)
    .map((s) => normaliseMessage(s).replace(LEAD, '').trim())
    .filter(Boolean);

/** The remark the whole message makes about the needs kept, or null when it may hold an answer. */
export function readNeedsRemark(text: string): NeedsRemark | null {
  const said = normaliseMessage(text).replace(LEAD, '').trim();
  if (!said || said.split(' ').length > 16) return null;
  const missing = MISSING.exec(said);
  if (missing) return { kind: 'missing', main: Object.values(missing.groups ?? {}).some(Boolean) };
  if (SO_FAR.test(said)) return { kind: 'soFar' };
  if (PROBLEM_NOT_HELP.test(said)) return { kind: 'problemNotHelp' };
  if (WHICH_QUESTION.test(said)) return { kind: 'whichQuestion' };
  const drop = DROP_HELP.exec(said);
  if (drop) return { kind: 'dropHelp', about: drop.groups?.about ?? null };
  // "no thats not what i meant can u change it": new words for the hard thing just kept, asked for.
  if (asksToChangeLastHard(text)) return { kind: 'reword' };
  // "can u change that wording, it sounds like he's naughty": every sentence asks for new words or says why.
  const sentences = sentencesOf(text);
  if (sentences.some((s) => REWORD.test(s)) || sentences.some((s) => SOUNDS_BLAMING.test(s))) {
    if (sentences.every((s) => REWORD.test(s) || SOUNDS_BLAMING.test(s))) return { kind: 'reword' };
  }
  return null;
}

const SMALL_WORD = /^(?:the|a|an|of|to|and|his|her|my|their|one|bit|part|with|about|help)$/;

/** The indexes of the help kept whose words hold every word named ("the ta" finds "his TA sits with him"). */
export function helpsNamed(helps: readonly string[], about: string): number[] {
  const words = normaliseMessage(about).split(' ').filter((w) => w && !SMALL_WORD.test(w));
  if (words.length === 0) return [];
  return helps.flatMap((help, i) => {
    const own = normaliseMessage(help).split(' ');
    return words.every((w) => own.includes(w)) ? [i] : [];
  });
}
