/*
 * Everyday care and an everyday sore body that the classifier or the rules read as harm, set aside as an idiom
 * (concernIdioms.ts): a hand washed or cooled under a tap, a back that is hurting, staff who check on someone at
 * night. Only the phrase is set aside: anything alarming said beside it is still read, and a phrase with hurt,
 * punishment or touch near it is never set aside at all.
 */

/** Words that make water, a tap or a night visit more than care: then nothing is set aside. */
const NOT_CARE =
  '(?:punish\\w*|burn\\w*|scald\\w*|blister\\w*|boiling|too\\s+hot|red\\s+raw|scream\\w*|cry\\w*|cried|hurt\\w*|sore|pain|ages|hours|minutes|wouldnt\\s+let|would\\s+not\\s+let|held\\s+(?:it|them)\\s+there|forced?|made\\s+me|makes\\s+me|touch\\w*|stroke\\w*|rub\\w*|bed|undress\\w*|naked|private\\w*|kiss\\w*|secret\\w*|scared|frightened|afraid|shout\\w*|hit\\w*|lock\\w*|camera|film\\w*|photos?)';

/** Who gives everyday care. */
const CARER =
  '(?:mum|mam|mom|mummy|dad|daddy|nan|nana|gran|grandma|grandad|carers?|staff|my\\s+staff|the\\s+staff|night\\s+staff|support\\s+workers?|key\\s*workers?|nurses?|he|she|they)';

/**
 * "dad held my hand under the cold tap after i burnt it", "mum put my hands in the hot water to wash them": a hand
 * cooled after a burn or washed, with the reason said. Never with hurt, punishment or force near it ("... to punish
 * me", "... and it burnt me", "... and wouldnt let me take it out").
 */
const HANDS_WASHED_OR_COOLED =
  `\\b(?:held|holds|holding|put|puts|putting|ran|runs|dipped|dips)\\s+(?:my|his|her|their)\\s+(?:hands?|fingers?|arms?|feet|foot|thumb|burn)\\s+(?:in|into|under)\\s+(?:the\\s+|some\\s+|a\\s+bowl\\s+of\\s+)?(?:(?:hot|warm|cold|cool|soapy|clean|running)\\s+){0,2}(?:water|tap|sink|basin)\\s+(?:to\\s+(?:wash|clean|rinse|cool|warm)\\s+(?:them|it|(?:my|his|her|their)\\s+\\w+)(?:\\s+(?:off|down|up))?|after\\s+(?:i|he|she|they)\\s+(?:burnt|burned|burn|scalded|stung|cut|trapped|bumped)\\s+(?:it|them|(?:my|his|her|their)\\s+\\w+)(?:\\s+on\\s+(?:the\\s+)?(?:oven|iron|pan|kettle|cooker|hob|toaster|radiator))?)\\b(?![^~]{0,40}\\b${NOT_CARE}\\b)`;

/**
 * "my back is hurting me", "my legs are killing me today": a sore body part, said of itself, now. Never pain that has
 * lasted ("for months") or care not given beside it ("nobody takes me to the dentist"): that may be neglect.
 */
const SORE_BODY =
  '\\bmy\\s+(?:back|legs?|knees?|feet|foot|head|neck|shoulders?|hips?|arms?|hands?|wrists?|tummy|stomach|belly|teeth|tooth|ears?|eyes?|chest|joints?|muscles?|ankles?|hip)\\s+(?:is|are|s)\\s+(?:really\\s+|so\\s+|a\\s+bit\\s+)?(?:hurting|aching|killing)(?!(?:\\s+me)?(?:\\s+(?:today|again|a\\s+lot|at\\s+the\\s+moment))?\\s+(?:since|where|because|cos|coz|from|for|when|after)\\b)(?:\\s+me)?(?:\\s+(?:today|again|a\\s+lot|at\\s+the\\s+moment))?\\b(?![^~]*\\b(?:days|weeks|months|ages|years|dentist|doctor|gp|hospital|nobody|no\\s+one|noone|never|wont|will\\s+not|wouldnt|cant\\s+be\\s+bothered)\\b)';

/**
 * "my staff check on me at nite", "carers check on me in the night": checked on as care, nothing else said of the
 * visit. Never with touch, a bed, secrecy, fear or anything after "and" that could be what the visit is about.
 */
const CHECKED_ON_AT_NIGHT =
  `(?<!\\b${NOT_CARE}\\b[^~]*)\\b${CARER}\\s+(?:(?:always|sometimes|usually|still|come\\s+(?:in\\s+)?(?:to|and))\\s+)?(?:check|checks|checked|checking)\\s+(?:on\\s+|in\\s+on\\s+)?(?:me|him|her|us|them)\\s+(?:at\\s+(?:night|nite|nights)|in\\s+the\\s+night|every\\s+(?:night|hour|few\\s+hours)|during\\s+the\\s+night|overnight)\\b(?!\\s+(?:and|but|then|n)\\b)(?![^~]*\\b${NOT_CARE}\\b)`;

/** Touch or closeness asked to be left out. */
const NO_TOUCH =
  '(?:no|dont|do\\s+not|please\\s+dont|never|not)\\s+(?:touch|touching|hug|hugging|grab|grabbing|crowd|crowding|squash|squashing)\\s+me';
const OR_CLOSE =
  '(?:\\s*(?:or|and|n|,)\\s+(?:(?:no|dont|do\\s+not)\\s+)?(?:(?:touch|touching|hug|hugging|grab|grabbing|crowd|crowding|squash|squashing)\\s+me|(?:stand|standing|get|getting|come|coming|sit|sitting)\\s+(?:too\\s+|really\\s+|so\\s+)?close(?:\\s+to\\s+me)?))*(?:\\s+please)?';
/** A sensory reason: what touch or a crowd does to the senses. */
const SENSORY_REASON =
  '(?:(?:it|that|they|cos\\s+it|because\\s+it|as\\s+it|its|it\\s+is)\\s+(?:really\\s+|just\\s+)?(?:hurts?|overwhelms?|overloads?|is\\s+too\\s+much\\s+for|too\\s+much\\s+for|upsets?|is\\s+sore\\s+on|hurting)\\s+my\\s+(?:senses|sensory\\s+\\w+|skin|body|ears|head)|(?:i\\s+(?:get|feel|am|m)|im)\\s+(?:really\\s+|so\\s+)?(?:overwhelmed|overloaded|sensory\\s+overload\\w*)|(?:its|it\\s+is|i\\s+have|i\\s+get)\\s+(?:a\\s+)?sensory(?:\\s+(?:thing|overload|issues?|needs?))?)';
/**
 * "no touching me or crowding me please, it hurts my senses": how to help, a sensory preference with its reason said.
 * Only when the message is the preference and its reason: anyone named or a touch described ("like he does", "he
 * touches me and it hurts") is read as ever.
 */
const SENSORY_NO_TOUCH = `(?<![^~]*\\b(?:he|she|they|him|his|her|them|like|when|uncle|dad|mum|step\\s*\\w+|brother|sister|staff|teacher|carer|man|men|boy|boys)\\b[^~]*)(?:^\\s*|\\bplease\\s+)?${NO_TOUCH}${OR_CLOSE}\\s+${SENSORY_REASON}\\b(?=\\s*$)`;

/**
 * "people need to look at me when they talk and not cover their mouth", "dont cover your mouth when you speak to me":
 * how to talk to someone who lip-reads or wears hearing aids. Only the speakers' own mouth ("their", "your") with a "not"
 * before it; a mouth covered on someone ("he covers my mouth") is never set aside, nor anything said of a person's hands.
 */
const SPEAKERS_MOUTH_UNCOVERED =
  "\\b(?:not|dont|don't|do\\s+not|never|without|no)\\s+(?:cover|covering|covers)\\s+(?:their|your)\\s+(?:own\\s+)?(?:mouths?|face|faces|lips)\\b(?!\\s+(?:with|and\\s+(?:hit|grab|hold)))";

/**
 * "my mums not here shes at work", asked to have a parent sit with them: a parent out at work, now. Never with time
 * alone that lasts or is at night ("never here", "all night", "for days"), nor no food, fear or harm anywhere in the message.
 */
const PARENT_AT_WORK_NOW =
  "(?<![^~]*\\b(?:never|always|all\\s+night|overnight|days|weeks|nights|no\\s+food|hungry|scared|afraid|hurt\\w*|hit\\w*|alone\\s+all|on\\s+my\\s+own\\s+all|locked)\\b[^~]*)\\bmy\\s+(?:mums?|mum's|mams?|moms?|dads?|dad's|parents|carers?|nans?|grans?)\\s+(?:is\\s+|s\\s+|are\\s+|re\\s+)?(?:not|isnt|isn't|arent|aren't)\\s+(?:here|home|in|around|with\\s+me)(?:\\s+(?:right\\s+)?now)?\\s*[,.]?\\s*(?:(?:she|he|they)\\s*(?:is|s|are|re|'s|'re)?|shes|hes|theyre|(?:she|he|they)\\s+(?:went|goes|has\\s+gone))\\s+(?:at|to)\\s+work\\b(?![^~]*\\b(?:never|always|all\\s+night|overnight|days|weeks|nights|no\\s+food|hungry|scared|afraid|hurt\\w*|hit\\w*|alone\\s+all|on\\s+my\\s+own\\s+all|locked)\\b)";

export const CARE_LOOK_ALIKES_SOURCE = `${HANDS_WASHED_OR_COOLED}|${SORE_BODY}|${CHECKED_ON_AT_NIGHT}|${SENSORY_NO_TOUCH}|${SPEAKERS_MOUTH_UNCOVERED}|${PARENT_AT_WORK_NOW}`;
