import { concernText } from './concernText';

/*
 * Everyday care and an everyday sore body that the classifier or the rules read as harm, set aside as an idiom
 * (concernIdioms.ts): a hand washed or cooled under a tap, a back that is hurting, staff who check on someone at
 * night. Only the phrase is set aside: anything alarming said beside it is still read, and a phrase with hurt,
 * punishment or touch near it is never set aside at all.
 */

/** Words that make water, a tap or a night visit more than care: then nothing is set aside. */
const NOT_CARE =
  '(?:punish\\w*|burn\\w*|scald\\w*|blister\\w*|boiling|too\\s+hot|red\\s+raw|scream\\w*|cry\\w*|cried|hurt\\w*|sore|pain|ages|hours|minutes|wouldnt\\s+let|would\\s+not\\s+let|held\\s+(?:it|them)\\s+there|forced?|made\\s+me|makes\\s+me|touch\\w*|stroke\\w*|rub\\w*|bed|undress\\w*|naked|private\\w*|kiss\\w*|secret\\w*|scared|frightened|afraid|shout\\w*|hit\\w*|lock\\w*|camera|film\\w*|photos?)';

/**
 * Anyone who could be doing something, or something done: said before a look-alike, the look-alike is read as ever
 * ("he twisted my legs and they are killing me").
 */
const SOMEONE_OR_DOING =
  '(?:he|she|they|him|his|her|them|someone|somebody|mum|mam|mom|mummy|dad|daddy|step\\s*\\w+|uncle|auntie|aunt|nan|gran|grandad|brother|sister|cousin|boyfriend|girlfriend|staff|teacher|carers?|man|men|boys?|hit\\w*|kick\\w*|punch\\w*|grab\\w*|twist\\w*|squeez\\w*|cut\\w*|scratch\\w*|hiding|slap\\w*|push\\w*|pinch\\w*)';

/**
 * "dad held my hand under the cold tap after i burnt it", "mum put my hands in the hot water to wash them": a hand
 * cooled under cold water after a burn, or washed, with the reason said and nothing after it. Anything said after
 * ("... every time i wet myself", "... and laughed", "... and held them down") is read as ever: washing can be a
 * punishment, and hot water after a burn is never care.
 */
const HANDS_WASHED_OR_COOLED =
  `\\b(?:held|holds|holding|put|puts|putting|ran|runs|dipped|dips)\\s+(?:my|his|her|their)\\s+(?:hands?|fingers?|arms?|feet|foot|thumb|burn)\\s+(?:in|into|under)\\s+(?:the\\s+|some\\s+|a\\s+bowl\\s+of\\s+)?(?:(?:(?:hot|warm|cold|cool|soapy|clean|running)\\s+){0,2}(?:water|tap|sink|basin)\\s+to\\s+(?:wash|clean|rinse)\\s+(?:them|it|(?:my|his|her|their)\\s+\\w+)(?:\\s+(?:off|down|up))?|(?:(?:cold|cool|running)\\s+){1,2}(?:water|tap|sink|basin)\\s+(?:to\\s+cool\\s+(?:it|them|(?:my|his|her|their)\\s+\\w+)\\s+)?after\\s+(?:i|he|she|they)\\s+(?:burnt|burned|burn|scalded|stung)\\s+(?:it|them|(?:my|his|her|their)\\s+\\w+)(?:\\s+on\\s+(?:the\\s+|a\\s+)?(?:oven|iron|pan|kettle|cooker|hob|toaster|radiator))?)\\s*$`;

/**
 * "my back is hurting me", "my legs are killing me today", "my knees are hurting from football": a sore body part,
 * said of itself, now, and nothing more. Anything after it (a person, something done, a cause, how long) and anyone
 * or anything done before it keeps the message read as ever ("my neck is hurting me he grabbed it").
 */
const SORE_BODY =
  `(?=\\bmy\\s)(?<![^~]*\\b${SOMEONE_OR_DOING}\\b[^~]*)\\bmy\\s+(?:back|legs?|knees?|feet|foot|head|neck|shoulders?|hips?|arms?|hands?|wrists?|tummy|stomach|belly|teeth|tooth|ears?|eyes?|chest|joints?|muscles?|ankles?|hip)\\s+(?:is|are|s)\\s+(?:really\\s+|so\\s+|a\\s+bit\\s+)?(?:hurting|aching|killing)(?:\\s+me)?(?:\\s+(?:today|again|a\\s+bit|a\\s+lot|at\\s+the\\s+moment|right\\s+now|now|from\\s+(?:football|pe|the\\s+gym|gym|running|training|sport|swimming|dancing|dance|netball|rugby|walking|the\\s+walk)))*\\s*$`;

/**
 * "my staff check on me at nite. i feel safe", "the carers check on me in the night": paid carers checking on
 * someone as care, with nothing after it but "i feel safe" or "its fine". Anyone else ("he", "my step dad") checking
 * at night, or anything said after ("when mum is asleep", "i dont like it"), is read as ever.
 */
const PAID_CARER = '(?:carers?|staff|my\\s+staff|the\\s+staff|night\\s+staff|support\\s+workers?|key\\s*workers?|nurses?)';
const CHECKED_ON_AT_NIGHT =
  `(?=\\b(?:the\\s+|my\\s+)?${PAID_CARER})(?<![^~]*\\b(?:${NOT_CARE}|${SOMEONE_OR_DOING})\\b[^~]*)(?<!\\b(?:my|mums?|dads?|her|his|step|the)\\s+)\\b(?:the\\s+|my\\s+)?${PAID_CARER}\\s+(?:(?:always|sometimes|usually|still|come\\s+(?:in\\s+)?(?:to|and))\\s+)?(?:check|checks|checked|checking)\\s+(?:on\\s+|in\\s+on\\s+)?(?:me|us)\\s+(?:at\\s+(?:night|nite|nights)|in\\s+the\\s+night|every\\s+(?:night|hour|few\\s+hours)|during\\s+the\\s+night|overnight)(?:\\s+(?:and\\s+|so\\s+)?(?:i\\s+feel\\s+safe|its\\s+fine|it\\s+is\\s+fine|thats\\s+fine))?\\s*$`;

/*
 * Each look-behind in this file that reads back to the start of the part it is in ([^~]*), so tried at every place in a message it
 * would cost the square of its length: a look-ahead for the words the match starts with comes first, and the look-behind
 * is read only where those words are.
 */

/** Touch or closeness asked to be left out. */
const NO_TOUCH =
  '(?:no|dont|do\\s+not|please\\s+dont|never|not)\\s+(?:touch|touching|hug|hugging|grab|grabbing|crowd|crowding|squash|squashing)\\s+me';
const OR_CLOSE =
  '(?:\\s*(?:or|and|n|,)\\s+(?:(?:no|dont|do\\s+not)\\s+)?(?:(?:touch|touching|hug|hugging|grab|grabbing|crowd|crowding|squash|squashing)\\s+me|(?:stand|standing|get|getting|come|coming|sit|sitting)\\s+(?:too\\s+|really\\s+|so\\s+)?close(?:\\s+to\\s+me)?))*(?:\\s+please)?';
/**
 * A sensory reason named as one: the senses, noise, sensory overload. Never "it hurts my body" or "im overwhelmed"
 * alone, which can be what touch by someone does: those are set aside only at how to help me (SENSORY_AT_SUPPORT).
 */
const SENSORY_REASON =
  '(?:(?:it|that|they|cos\\s+it|because\\s+it|as\\s+it|its|it\\s+is)\\s+(?:really\\s+|just\\s+)?(?:hurts?|overwhelms?|overloads?|is\\s+too\\s+much\\s+for|too\\s+much\\s+for|upsets?|is\\s+sore\\s+on|hurting)\\s+my\\s+(?:senses|sensory\\s+\\w+)|(?:i\\s+(?:get|feel|am|m)|im)\\s+(?:really\\s+|so\\s+)?(?:overloaded|sensory\\s+overload\\w*)|(?:its|it\\s+is|i\\s+have|i\\s+get)\\s+(?:a\\s+)?sensory(?:\\s+(?:thing|overload|issues?|needs?))?|(?:the\\s+)?noise\\s+(?:is\\s+)?too\\s+much)';
/** At how to help me, a reason a person gives for no touch, when nobody is named: overwhelmed, too much, the skin or ears. */
const SUPPORT_REASON =
  '(?:(?:it|that|cos\\s+it|because\\s+it|its|it\\s+is)\\s+(?:really\\s+|just\\s+)?(?:overwhelms?\\s+me|is\\s+too\\s+much|too\\s+much|hurts?\\s+my\\s+(?:skin|ears))|(?:i\\s+(?:get|feel|am|m)|im)\\s+(?:really\\s+|so\\s+|very\\s+)?(?:overwhelmed|anxious|stressed))';
const NOBODY_NAMED =
  '(?<![^~]*\\b(?:he|she|they|him|his|her|them|like|when|uncle|dad|mum|step\\s*\\w+|brother|sister|staff|teacher|carer|man|men|boy|boys)\\b[^~]*)';
/**
 * "no touching me or crowding me please, it hurts my senses": how to help, a sensory preference with its reason said.
 * Only when the message is the preference and its reason: anyone named or a touch described ("like he does", "he
 * touches me and it hurts") is read as ever.
 */
const SENSORY_NO_TOUCH = `(?=(?:^\\s*|\\bplease\\s+)?${NO_TOUCH})${NOBODY_NAMED}(?:^\\s*|\\bplease\\s+)?${NO_TOUCH}${OR_CLOSE}\\s+${SENSORY_REASON}\\b(?=\\s*$)`;
const SENSORY_AT_SUPPORT = new RegExp(`^\\s*(?:please\\s+)?${NO_TOUCH}${OR_CLOSE}\\s+(?:${SENSORY_REASON}|${SUPPORT_REASON})\\s*$`);

/**
 * At how to help me only: "please dont hug me or crowd me, i get overwhelmed" is the whole message and a preference,
 * so there is nothing to read for a worry (an empty string). Anything else comes back as it was. Never "it hurts my
 * body" (not in the reasons), never with anyone named.
 */
export function withoutNoTouchPreference(text: string): string {
  return SENSORY_AT_SUPPORT.test(concernText(text)) ? '' : text;
}

/**
 * "people need to look at me when they talk and not cover their mouth", "dont cover your mouth when you speak to me":
 * how to talk to someone who lip-reads or wears hearing aids. Only the speakers' own mouth ("their", "your") with a "not"
 * before it; a mouth covered on someone ("he covers my mouth") is never set aside, nor anything said of a person's hands.
 */
const SPEAKERS_MOUTH_UNCOVERED =
  "\\b(?:not|dont|don't|do\\s+not|never|without|no)\\s+(?:cover|covering|covers)\\s+(?:their|your)\\s+(?:own\\s+)?(?:mouths?|face|faces|lips)\\b(?!\\s+(?:with|and\\s+(?:hit|grab|hold)))";

/**
 * "my mums not here shes at work", asked to have a parent sit with them: a parent out at work, now, with nothing after
 * it but a question about the code. Anything more ("and i am only 6", "since this morning") keeps the message read as
 * ever, and so does time alone that lasts or is at night ("never here", "all night", "for days") before it.
 */
const PARENT_AT_WORK_NOW =
  "(?=\\bmy\\s)(?<![^~]*\\b(?:never|always|all\\s+night|overnight|days|weeks|nights|no\\s+food|hungry|scared|afraid|hurt\\w*|hit\\w*|alone\\s+all|on\\s+my\\s+own\\s+all|locked)\\b[^~]*)\\bmy\\s+(?:mums?|mum's|mams?|moms?|dads?|dad's|parents|carers?|nans?|grans?)\\s+(?:is\\s+|s\\s+|are\\s+|re\\s+)?(?:not|isnt|isn't|arent|aren't)\\s+(?:here|home|in|around|with\\s+me)(?:\\s+(?:right\\s+)?now)?\\s*[,.]?\\s*(?:(?:she|he|they)\\s*(?:is|s|are|re|'s|'re)?|shes|hes|theyre|(?:she|he|they)\\s+(?:went|goes|has\\s+gone))\\s+(?:at|to)\\s+work\\b(?=\\s*[.,!?]*\\s*(?:(?:wat|what|wot|whats|what's)\\s+(?:is\\s+)?(?:a\\s+|the\\s+)?code\\s*[?!.,]*\\s*(?:i\\s+(?:dont|don't|do\\s+not)\\s+(?:hav|have|got)\\s+(?:a\\s+)?(?:code|one)\\s*[.!?]*)?)?$)";

export const CARE_LOOK_ALIKES_SOURCE = `${HANDS_WASHED_OR_COOLED}|${SORE_BODY}|${CHECKED_ON_AT_NIGHT}|${SENSORY_NO_TOUCH}|${SPEAKERS_MOUTH_UNCOVERED}|${PARENT_AT_WORK_NOW}`;
