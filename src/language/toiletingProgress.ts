import { normaliseMessage, sentencesOf } from './text';

/*
 * A parent or carer telling how toilet training is going ("hes in pants all day and dry 4 days out
 * of 5", "he hates the swim nappy") describes a need or an outcome for the plan. Its words (pants,
 * wet, nappy) are also the words of neglect, so the classifier alone can read it as one; without a
 * sign that nobody cares for the child, it is no worry to ask after. The rules run first and still
 * answer "left in a dirty nappy all day" at once.
 */

/** Toileting and its progress, as plans describe it. */
const TOILETING =
  /\b(?:pants|nappy|nappies|pull\s*ups?|swim\s*nappy|dry|toilet\w*|potty|loo|wees?|poos?|accidents?|continence|incontinen\w*|pads?|wet(?:s|ting)?\s+(?:the\s+bed|himself|herself|themselves))\b/;

/** What makes it more than progress: nobody changing or cleaning the child, soreness, shame, fear, or no money for nappies. */
const CARE_MISSING =
  /\b(?:dirty|soiled|soaked|filthy|sore|sores|rash\w*|raw|bleed\w*|blood|smell\w*|stinks?|left\s+(?:in|for)|hours|all\s+night|wet\s+all\s+day|(?:stays?|left|sits?|sat)\s+(?:wet|dirty)|chang(?:e|es|ed|ing)|clean(?:ed|s)?|wash(?:ed|es)?|afford|run\s+out|ran\s+out|no\s+(?:more\s+)?(?:nappies|nappy|pants|clean)|same\s+(?:one|nappy|pants)|punish\w*|shout\w*|yell\w*|smack\w*|hit\w*|laugh\w*|teas\w*|bull\w*|made\s+to|makes?\s+(?:him|her|them)|locked|shamed?|humiliat\w*|scared|frightened|afraid|terrified|cries|crying|secret|touch\w*|privates?|bruis\w*|hurt\w*|nobody|no\s+one|they\s+(?:dont|do\s+not|wont|never))\b/;

/**
 * Skin getting better ("less rash", "the rash is gone now"): progress, never soreness. Only the phrase is set aside;
 * "bruises", "nobody changes him" or a rash said any other way is still read.
 */
const SKIN_BETTER =
  /\b(?:less|no\s+more|hardly\s+any|not\s+so\s+much)\s+(?:nappy\s+)?(?:rash|rashes|sore\s+skin)\b|\b(?:nappy\s+)?rash\s+(?:is\s+|has\s+)?(?:(?:much|a\s+lot|lot|so\s+much|all)\s+)?(?:gone|better|less|cleared(?:\s+up)?|healed|improving)\b/g;

/**
 * "no more nappy", a whole sentence: the goodbye, not nappies run out ("we have no more nappies" is still read).
 * Only a sentence that says nothing else is set aside.
 */
const GOODBYE_SENTENCE =
  /^(?:and\s+|so\s+|now\s+)?(?:no\s+more|bye\s+bye|bye|goodbye|done\s+with)\s+(?:to\s+)?(?:the\s+|his\s+|her\s+)?(?:nappies|nappy|pull\s*ups?)(?:\s+(?:now|for\s+good|any\s*more|in\s+the\s+day|at\s+night|yay))*$/;

/** Whether anything said tells of care missing, once skin getting better and a goodbye to nappies are set aside. */
function careMissingIn(text: string): boolean {
  const rest = sentencesOf(text)
    .map((s) => normaliseMessage(s))
    .filter((s) => !GOODBYE_SENTENCE.test(s))
    .map((s) => s.replace(SKIN_BETTER, ' '))
    .join(' . ');
  return CARE_MISSING.test(rest);
}

/** A parent's account of the child's toileting, with nothing that says the child is not cared for. */
export function tellsOfToiletingProgress(text: string): boolean {
  const said = normaliseMessage(text);
  return Boolean(said) && said.length <= 400 && TOILETING.test(said) && !careMissingIn(text);
}

/**
 * Nappies or pull-ups left behind ("she said bye bye to nappies for good", "no more pull ups"): a step
 * gained, whoever tells it (a helper, or a young person of their own). Said "for good", it is the
 * goodbye the classifier reads as suicide, but goodbyes to things are not goodbyes to people.
 */
const NAPPIES_LEFT_BEHIND =
  /\b(?:(?:bye|bye\s+bye|goodbye|good\s+bye|ta\s+ta)\s+(?:to\s+)?(?:the\s+|her\s+|his\s+|my\s+)?|(?:no\s+more|done\s+with|ditched|finished\s+with|out\s+of)\s+(?:the\s+|her\s+|his\s+|my\s+)?)(?:nappies|nappy|pull\s*ups?|night\s+nappies|potty)\b/;

/** Nappies or pull-ups left behind, with nothing that says the child is not cared for. */
export function tellsOfNappiesLeftBehind(text: string): boolean {
  const said = normaliseMessage(text);
  return Boolean(said) && said.length <= 400 && NAPPIES_LEFT_BEHIND.test(said) && !careMissingIn(text);
}
