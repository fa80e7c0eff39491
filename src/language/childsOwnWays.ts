import { withoutGuessedStates } from './guessedStates';
import { normaliseMessage } from './text';

/*
 * A parent or carer answering a plan question tells of the child's own fears, senses and
 * behaviour: "he's scared of the flush at nursery because it's really loud", "he bites when
 * overwhelmed", "she hits out when the room is noisy", "he can't cope with change". That is a need
 * for the plan, not a disclosure, and the classifier alone must not answer it with "Are you OK?".
 * It stops being one as soon as someone else frightens or hurts the child, harm itself is named
 * (a belt, bruises, blood, wanting to die), or the parent speaks of their own fear or despair:
 * then the gentle check stays. The rules run before any of this and still answer a disclosure
 * inside such an answer at once ("he's scared of his dad's belt").
 */

/** Fears, senses and behaviour that plans describe as needs. */
const OWN_WAYS =
  /\b(?:scared|frightened|afraid|terrified|petrified|fears?|phobia|nervous|anxious|anxiety|worr(?:y|ies|ied)|panic\w*|overwhelm\w*|meltdowns?|shut\s*downs?|tantrums?|upset|cries|cry|crying|screams?|screaming|bites?|biting|hits?\s+out|lash(?:es|ing)?\s+out|hits|hitting|kicks?|kicking|grabs?|grabbing|snatch(?:es|ing)?|push(?:es|ing)|shoves?|shoving|pinch\w*|scratch\w*|spits?|spitting|throws?|throwing|runs?\s+off|bolts?|hides?|hiding|covers?\s+(?:his|her|their)\s+ears|sensory|noisy|noise|noises|loud|flush|dryers?|textures?|labels|itchy|seams|smells?|hurts?\s+(?:his|her|their)\s+(?:skin|ears|eyes|feet)|(?:cant|cannot|can\s+not)\s+cope)\b/;

/** Harm or risk named outright: never only the child's own ways. */
const HARM_NAMED =
  /\b(?:belt|slipper|strap|cane|bruis\w*|marks\s+on|black\s+eye|blood|bleed\w*|burn\w*|on\s+purpose|die|dies|died|dead|death|kill\w*|suicid\w*|wish(?:es)?\s+(?:he|she|they)\s+(?:was|were|wasnt|had)|hates?\s+(?:him|her|them)sel(?:f|ves)|hurts?\s+(?:him|her|them)sel(?:f|ves)|starv\w*|hungry|no\s+food|not\s+fed|locks?|locked|shut\s+in|police|social\s+(?:services|worker)|drunk|drinks|drinking|drugs?|abus\w*|secret|not\s+safe|unsafe|touch(?:es|ed|ing)?\s+(?:him|her|them)\b|privates?|smack\w*|(?:till|until)\s+(?:it|he|she)\b)|(?<!\b(?:it|that|this|which)\s)\b(?:hits?|hurts?|kicks?|punch(?:es|ed)?|bit|bites|push(?:es|ed)|shoves?|slaps?|slapped|grabs?|grabbed)\s+(?:him|her)\b/;

/** Someone other than the child, who might frighten or hurt them. */
const PERSON = String.raw`(?:they|dad|daddy|father|mum|mummy|mother|step\s*(?:dad|mum|father|mother)|uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|nanny|gran|brother|sister|cousin|boyfriend|girlfriend|partner|man|men|woman|women|someone|somebody|strangers?|babysitter|neighbour|teachers?|staff|ta|carers?|driver|escort|adults?|boys?|girls?|kids|children|people|lads)`;
/** Afraid of, or upset around, a person ("scared of his uncle", "scared at home when dad shouts"). */
const FEARS_SOMEONE = new RegExp(
  String.raw`\b(?:scared|frightened|afraid|terrified|petrified|nervous|anxious|flinch\w*|hides|cries|panics?)\b(?:\s+\w+){0,3}?\s+(?:of|around|near|from|with|when|if|whenever|because|after)\s+(?:(?:his|her|their|my|our|the|a|an|that|this|some|other|older|big|bigger)\s+)*${PERSON}\b`,
);
/** A person who does something to the child or near them ("dad shouts", "his brother hits him"). */
const SOMEONE_DOES = new RegExp(
  String.raw`\b${PERSON}s?\s+(?:\w+\s+){0,3}?(?:shouts?|shouting|yells?|yelling|screams?\s+at|hits?|hitting|smacks?|hurts?|hurting|kicks?|grabs?|pushes|shoves?|shakes?|threatens?|gets\s+(?:angry|cross|mad|drunk|violent)|loses?\s+(?:his|her|their)\s+temper|tak(?:e|es|ing)|took|steal\w*|stole|nick\w*|bull(?:y|ies|ying)|picks?\s+on|picking\s+on|call(?:s|ing)?\s+(?:him|her)|laugh(?:s|ing)?\s+at|follow\w*|chas\w*|spit\w*|touch\w*)\b`,
);
/** Harm done to the child, whoever did it ("he is bullied", "she keeps getting pushed over"). */
const HARMED =
  /\b(?:he|she|hes|shes)\s+(?:is\s+|was\s+|gets\s+|got\s+|keeps\s+getting\s+|has\s+been\s+|s\s+been\s+|being\s+)?(?:bullied|picked\s+on|robbed|mugged|beaten|hit|kicked|punched|pushed|shoved|called\s+names|laughed\s+at|left\s+out|threatened|teased|attacked|hurt|touched)\b/;
/** The parent's own fear or despair ("i cant cope any more", "im scared of what hell do"): worth asking after. */
const OWN_WORRY =
  /\b(?:i|im|i\s+am|ive|i\s+feel|we|were|we\s+are)\s+(?:\w+\s+){0,2}?(?:(?:cant|cannot)\s+cope|not\s+coping|scared|frightened|afraid|terrified|exhausted|desperate|at\s+(?:the\s+)?end\s+of|breaking|falling\s+apart|hopeless)\b/;

/** What is left of a carer's message once the child's own acts are taken out names no harm, nobody else hurting or frightening the child, and no despair. */
export function namesNoOtherHarm(rest: string): boolean {
  return !HARM_NAMED.test(rest) && !FEARS_SOMEONE.test(rest) && !SOMEONE_DOES.test(rest) && !HARMED.test(rest) && !OWN_WORRY.test(rest);
}

/** A carer's answer about the child's own fears, senses or behaviour, with nobody else frightening or hurting the child. */
export function describesChildsOwnWays(text: string): boolean {
  // "we have to guess, is she tired, is she hurting, is she hungry": guesses at what is wrong name no harm.
  const said = withoutGuessedStates(normaliseMessage(text));
  if (!said || said.length > 600 || !OWN_WAYS.test(said)) return false;
  return !HARM_NAMED.test(said) && !FEARS_SOMEONE.test(said) && !SOMEONE_DOES.test(said) && !HARMED.test(said) && !OWN_WORRY.test(said);
}

/** The child hurting their own body: "hits himself", "bangs her head", "bites his own hand". */
const HURTS_SELF =
  /\b(?:hits?|hitting|bangs?|banging|bites?|biting|scratch(?:es|ing)?|pinch(?:es|ing)?|slaps?|slapping|punch(?:es|ing)?|pulls?|pulling|hurts?|hurting|head\s*butts?|smacks?)\s+(?:(?:him|her|them)sel(?:f|ves)|(?:his|her|their)\s+(?:own\s+)?(?:head|face|hands?|arms?|legs?|skin|hair|ears?|fingers?|wrists?|chest|body))\b|\bhead\s*-?\s*bang\w*/;
/** When it happens: upset, overwhelmed, unable to say what is wrong, as plans describe a need. */
const WHEN_DISTRESSED =
  /\b(?:upset|angry|cross|mad|frustrat\w*|overwhelm\w*|overload\w*|stress\w*|anxious|meltdowns?|shut\s*downs?|tantrums?|(?:cant|cannot|can\s+not)\s+(?:cope|say|tell|talk|explain|communicate)|loud|noisy|noise|change|changes|transitions?|tired|sensory|wound\s+up|dysregulated|autis\w*|asd|adhd|nonverbal|non\s+verbal)\b/;
/** "stop hurting himself", "less hitting herself": the self-injury a parent hopes will stop, so it happens now, in distress. */
const HOPED_TO_STOP = /\b(?:stop|stops|stopped|less|fewer|no\s+more|not)\s+(?:\w+\s+)?(?:hurting|hitting|biting|banging|scratching|pinching|slapping|punching)\s+(?:him|her|them)sel(?:f|ves)\b/;
/** Words that make it more than a child's way of showing distress: a blade, wanting to die, wanting to hurt themselves. */
const BEYOND_A_NEED =
  /\b(?:cut|cuts|cutting|knife|knives|blade|razor|sharp|burn\w*|die|dies|dead|death|kill\w*|suicid\w*|overdos\w*|pills|tablets|hang\w*|ligature|wants?\s+to\s+(?:hurt|harm)|says?\s+(?:he|she|they)\s+(?:wants?|is\s+going)|hates?\s+(?:him|her|them)sel(?:f|ves))\b/;

/** "he ... pulls her hair" is someone else's body: the body named must be the one doing it (or "his own", "himself"). */
function ownBodyAgrees(said: string): boolean {
  const acts = [...said.matchAll(new RegExp(HURTS_SELF.source, 'g'))].map((m) => m[0]);
  if (acts.some((act) => /sel(?:f|ves)\b|\bown\b|head\s*-?\s*bang|head\s*butt/.test(act))) return true;
  const doer = /\b(?:he|hes|she|shes|they|theyre)\b/.exec(said)?.[0];
  const whose = doer?.startsWith('he') ? 'his' : doer?.startsWith('she') ? 'her' : doer ? 'their' : undefined;
  return !whose || acts.some((act) => new RegExp(String.raw`\b${whose}\b`).test(act));
}

/**
 * A parent or carer telling of the child's own self-injury when distressed ("he hits himself in the
 * head when he is upset", "she bangs her head in meltdowns"). It is still a worry a professional
 * should hear, so it is flagged; it is also a need for the plan. Cutting, burning, or talk of dying
 * or of wanting to be hurt is no such need: that gets the full answer.
 */
export function describesChildsSelfInjury(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 600 || !HURTS_SELF.test(said) || !(WHEN_DISTRESSED.test(said) || HOPED_TO_STOP.test(said)) || BEYOND_A_NEED.test(said)) return false;
  if (!ownBodyAgrees(said)) return false;
  // "they hit themselves" is the child, not someone else hitting: the self-injury is taken out before looking for others.
  const rest = said.replace(new RegExp(HURTS_SELF.source, 'g'), ' ');
  return !FEARS_SOMEONE.test(rest) && !SOMEONE_DOES.test(rest) && !HARMED.test(rest) && !OWN_WORRY.test(rest);
}

/** Other children, as a parent names them ("some kids", "the older girls", "they"). */
const PEERS = String.raw`(?:kids|children|boys|girls|pupils|classmates|lads|they)`;
/** Unkind words other children say of the child. */
const UNKIND = String.raw`(?:babies|baby|weird|weirdo|stupid|thick|dumb|fat|ugly|smelly|stinks|freak|retard\w*|disgusting|loser|dirty|gross|names|horrible\s+names|mean\s+names|smells?)`;
const CHILDREN_UNKIND = new RegExp(
  String.raw`\b${PEERS}\s+(?:\w+\s+){0,5}?(?:say|says|said|saying|tell|tells|told|telling|call|calls|called|calling|shout|shouts|shouting)\s+(?:that\s+)?(?:she|he|shes|hes|her|him)\s+(?:is\s+|s\s+|was\s+|a\s+|an\s+)*${UNKIND}\b` +
    String.raw`|\b${PEERS}\s+(?:\w+\s+){0,3}?(?:(?:are|is|were|being)\s+(?:so\s+|really\s+)?(?:mean|horrible|nasty|unkind|rough)\s+to|laugh(?:s|ed|ing)?\s+at|pick(?:s|ed|ing)?\s+on|(?:wont|dont|do\s+not|will\s+not|never)\s+(?:play|talk|sit)\s+with|push(?:es|ed|ing)?|hit(?:s|ting)?|kick(?:s|ed|ing)?|bite|bites|pinch(?:es|ed|ing)?)\s+(?:him|her)\b` +
    String.raw`|\b${PEERS}\s+(?:\w+\s+){0,3}?(?:(?:leave|leaves|left)\s+(?:him|her)\s+out|(?:wont|dont|do\s+not|will\s+not|never)\s+let\s+(?:him|her)\s+(?:play|join|sit))\b`,
);

/**
 * A parent or carer telling of other children being unkind to their child: "some kids say she is
 * baby", "the boys in his class laugh at him". The classifier may read it faintly, as plan answers
 * often read; from a parent it is a worry to answer and pass on.
 */
export function tellsOfUnkindChildren(text: string): boolean {
  const said = normaliseMessage(text);
  return Boolean(said) && said.length <= 600 && CHILDREN_UNKIND.test(said) && !NOT_HAPPENING.test(said);
}

/** Hurt, mocking or words said again and again: more than being left out once, still answered as bullying. */
const MORE_THAN_LEFT_OUT =
  /\b(?:bull(?:y|ies|ied|ying)|push\w*|hit|hits|hitting|kick\w*|bite|bites|biting|pinch\w*|punch\w*|slap\w*|hurt\w*|laugh\w*|pick(?:s|ed|ing)?\s+on|mean|horrible|nasty|rough|threat\w*|keep|keeps|kept|always|every\s+(?:day|time|break|playtime)|all\s+the\s+time|constantly|online|phone|messages?|older)\b/;

/**
 * A parent telling of the child left out at playtime, or called a name like "baby" ("other children
 * leave Tia out and they say she is a baby"): a friendship need for the plan, said kindly, never the
 * crisis answer or a note of harm. Hurt, mocking, or words said again and again are still answered.
 */
export function tellsOfChildLeftOut(text: string): boolean {
  const said = normaliseMessage(text);
  return tellsOfUnkindChildren(text) && LEFT_OUT_OR_BABY.test(said) && !MORE_THAN_LEFT_OUT.test(said) && !TAUNTED_FOR.test(said);
}

/**
 * "she says nobody plays with her", "when i ask who she played with she says nobody" (the whole message ends there:
 * "she says nobody loves her" is read as ever), "he plays on his own at dinner".
 */
const PLAYS_ALONE =
  /\b(?:she|he|they)\s+(?:\w+\s+)?(?:says|said|tells\s+me|told\s+me|just\s+says)\s+(?:that\s+)?(?:nobody|no\s*one|no\s+body|noone)(?:\s+(?:really|much|at\s+all|mostly|usually|today))?$|\b(?:nobody|no\s*one|no\s+body|noone)\s+(?:plays?|played|will\s+play|wants\s+to\s+play)\s+with\s+(?:her|him|them)\b|\b(?:plays?|played|sits?|sat|is|s)\s+(?:on\s+(?:her|his|their)\s+own|by\s+(?:her|him|them)sel(?:f|ves)|alone)\s+(?:at|in|on)\s+(?:play\s*time|playtimes|break|breaktime|lunch|lunchtime|dinner|dinnertime|dinner\s+time|lunch\s+time|the\s+playground)\b/;
/** Hurt or cruelty beside it, or an adult at home in it: then it is more than playing alone, and read as ever. */
const HURT_BESIDE = /\b(?:bull(?:y|ies|ied|ying)|push\w*|hit|hits|hitting|kick\w*|bite|bites|biting|pinch\w*|punch\w*|slap\w*|hurt\w*|laugh\w*|pick(?:s|ed|ing)?\s+on|mean|horrible|nasty|rough|threat\w*|online|messages?|scared|afraid|frightened|touch\w*|secret|cry|cries|crying|cried|upset|sad|lonely|hates?|die|dead|shout\w*|yell\w*|scream\w*|lock\w*|smack\w*|home\s+alone|leaves?\s+(?:her|him|them)|left\s+(?:her|him|them)|dad|daddy|mum|mam|mom|mummy|step\s*dad|step\s*mum|uncle|boyfriend|partner)\b/;

/**
 * A carer telling that the child plays alone or says nobody played with her: a friendship need for the plan, never
 * "Are you OK?" to the carer. Hurt, cruelty or fear beside it is read as ever.
 */
export function tellsOfChildPlayingAlone(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 400 && PLAYS_ALONE.test(said) && !HURT_BESIDE.test(said);
}

/** Left out of play, or called a baby: what a friendship need sounds like. */
const LEFT_OUT_OR_BABY =
  /\b(?:leave|leaves|left|leaving)\s+(?:\w+\s+)?out\b|\b(?:wont|will\s+not|dont|do\s+not|doesnt|never)\s+(?:let\s+(?:him|her|them)\s+)?play\s+with\b|\b(?:no\s*one|nobody)\s+plays?\s+with\b|\b(?:say|says|said|call|calls|called)\s+(?:(?:he|she|they)\s+(?:is|s|are)\s+)?(?:a\s+)?baby\b/;
/** Taunts about how a child smells, looks or dresses ("say she smells", "because of his clothes"): bullying to answer. */
const TAUNTED_FOR = /\b(?:smell\w*|stink\w*|clothes|dirty|scruffy|fat|ugly|stupid|thick|weird|freak|names?)\b/;

/** A fear of what may happen, something over, a story or a joke: "worried the kids will say he smells", "they used to laugh at her". */
const NOT_HAPPENING =
  /\b(?:will(?!\s+not)|might|could|would|may|worr(?:y|ied|ies)|scared\s+(?:that|the|other)|afraid\s+(?:that|the|other)|in\s+case|used\s+to|years?\s+ago|last\s+year|(?:her|his)\s+old\s+school|(?:has|have)\s+stopped|its\s+stopped|sorted|in\s+(?:the|a)\s+(?:story|book|film|game)|lol|joking)\b/;

/** The child hitting out at the one typing: "he hits me when he has a meltdown", "my son bites us when he is overwhelmed". */
const HITS_CARER =
  /\b(?:he|she|they|my\s+(?:son|daughter|child|boy|girl|little\s+one))\s+(?:\w+\s+){0,2}?(?:hits?|hitting|kicks?|kicking|bites?|biting|punch(?:es|ing)?|pinch(?:es|ing)?|scratch(?:es|ing)?|slaps?|slapping|head\s*butts?|hurts?|hurting|lash(?:es|ing)?\s+out\s+at|hits?\s+out\s+at)\s+(?:me|us)\b/;
/** A child's distress as plans describe it: a partner's anger or drinking is never this. */
const CHILDS_DISTRESS =
  /\b(?:meltdowns?|melting\s+down|shut\s*downs?|tantrums?|overwhelm\w*|overload\w*|dysregulat\w*|sensory|(?:cant|cannot|can\s+not)\s+(?:say|tell|talk|explain|communicate)|autis\w*|asd|adhd|nonverbal|non\s+verbal|frustrat\w*)\b/;
/** The child named as the one hitting ("my son hits me"): then anger is the child's too, never a partner's. */
const MY_CHILD_HITS =
  /\bmy\s+(?:son|daughter|child|boy|girl|little\s+one)\s+(?:\w+\s+){0,2}?(?:hits?|hitting|kicks?|kicking|bites?|biting|punch(?:es|ing)?|pinch(?:es|ing)?|scratch(?:es|ing)?|slaps?|slapping|hurts?|hurting|lash(?:es|ing)?\s+out\s+at|hits?\s+out\s+at)\s+(?:me|us)\b/;
const CHILDS_ANGER = /\b(?:angry|cross|mad|upset|wound\s+up|kicks?\s+off|loses?\s+(?:his|her)\s+temper|in\s+a\s+temper|doesnt\s+get\s+(?:his|her)\s+way)\b/;
/** A partner, drink or drugs, or a weapon: then it may be harm to the carer, and is read as before. */
const NOT_A_CHILDS_DISTRESS = /\b(?:partner|husband|wife|boyfriend|girlfriend|fella|ex|drunk|drink\w*|drugs?|knife|knives|weapon|hospital|strangl\w*|chok\w*)\b/;

/**
 * A parent or carer telling of the child hitting out at them in distress ("he hits me when he has a
 * meltdown"): the child's behaviour, a need for the plan and a sign the family needs support, not harm
 * done to the child. Anyone else hurting the child, harm named beside it, or the carer's own fear or
 * despair keeps it a worry to answer as before.
 */
export function describesChildHittingCarer(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 400 || !HITS_CARER.test(said) || !(CHILDS_DISTRESS.test(said) || (MY_CHILD_HITS.test(said) && CHILDS_ANGER.test(said))) || NOT_A_CHILDS_DISTRESS.test(said)) return false;
  const rest = said.replace(new RegExp(HITS_CARER.source, 'g'), ' ');
  return !HARM_NAMED.test(rest) && !FEARS_SOMEONE.test(rest) && !SOMEONE_DOES.test(rest) && !HARMED.test(rest) && !OWN_WORRY.test(rest);
}
