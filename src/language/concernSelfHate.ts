import { normaliseMessage, sentencesOf } from './text';

/*
 * "i hate myself", "lovely?? i said i hate myself", "be a chef. i hate myself most days": hating oneself said as
 * a sentence of its own is a worry worth a gentle "Are you OK?", though it tells of no harm. Only the whole
 * sentence, so "i hate myself for eating all the cake" or "they hate me" is read as ever.
 */
const SELF_HATE =
  /^(?:(?:i\s+(?:just\s+|already\s+)?(?:said|told\s+(?:you|u))|like|but|and|tbh|honestly)\s+)*i\s+(?:(?:really|just|honestly|literally|actually|so|fucking|fkn)\s+)*(?:hate|h8|loathe|despise|cant\s+stand)\s+(?:myself|my\s+self|being\s+me|who\s+i\s+am)(?:\s+(?:so\s+much|sometimes|a\s+lot|tbh|ngl|honestly|lol|rn|right\s+now|now|all\s+the\s+time|every\s+day|everyday|so\s+bad|most\s+days|some\s+days|most\s+of\s+the\s+time|half\s+the\s+time))*$/;

/*
 * "nobody likes me", "no one cares about me": being unloved by everyone, said as a sentence of its own, is asked after
 * gently as hating oneself is. Only the whole sentence, with everyday words either side, so "nobody likes me to be
 * late" or "no one likes me singing" is read as ever; "everybody hates me" is read by the bullying rules.
 */
const NOBODY = String.raw`(?:nobody|no\s+one|noone|no\s+body|no1)`;
const UNLOVED = String.raw`(?:likes?|loves?|cares?\s+(?:about|for)|wants?|gives?\s+a\s+(?:damn|shit|toss|crap|fuck)\s+about)`;
const UNLOVED_LEAD = String.raw`(?:like|but|and|tbh|honestly|just|i\s+(?:think|know|feel\s+like)|it\s+feels\s+like|(?:i\s+(?:just\s+)?(?:said|told\s+(?:you|u))))`;
const UNLOVED_TAIL = String.raw`(?:tbh|ngl|honestly|lol|rn|right\s+now|now|any\s*more|at\s+all|here|at\s+school|at\s+home|really|i\s+think|sometimes|most\s+days)`;
/** "nobody in the house likes me", "no one in my family cares about me": where, said between. */
const AT_HOME = String.raw`(?:in|at)\s+(?:the|my|this|our)\s+(?:house|home|family|flat|class|school)`;
const NOBODY_LIKES_ME = new RegExp(
  String.raw`^(?:${UNLOVED_LEAD}\s+)*${NOBODY}\s+(?:(?:even|ever|really|actually|literally|at\s+all|at\s+school|at\s+home|here|${AT_HOME})\s+)*${UNLOVED}\s+me(?:\s+(?:${UNLOVED_TAIL}|${AT_HOME}))*$`,
);

/** Whether a sentence of the message, whole, says nobody likes or cares about the speaker. */
export function saysNobodyLikesThem(text: string): boolean {
  return text.length <= 400 && sentencesOf(text).some((sentence) => NOBODY_LIKES_ME.test(normaliseMessage(sentence).trim()));
}

/** Whether a sentence of the message, whole, says the speaker hates themselves. */
export function saysOwnSelfHate(text: string): boolean {
  return text.length <= 400 && sentencesOf(text).some((sentence) => SELF_HATE.test(normaliseMessage(sentence)));
}

/*
 * "be a chef one day, some days i feel like whats the point tho": hopelessness said as a clause of its own, beside a
 * hope or alone. Only with a feeling or a time of it ("i feel like", "some days") or with the point of everything
 * doubted ("whats the point of anything"), and only the whole clause: "whats the point of fractions" or "whats the
 * point of this question" is a question about school or the chat, and is read as ever.
 */
const WHEN = String.raw`(?:(?:some|most|other|a\s+lot\s+of|bad)\s+days|sometimes|some\s+times|often|at\s+night|lately|recently|tbh|honestly|ngl|but|and|tho|though|just)`;
const FEELING = String.raw`(?:i\s+(?:just\s+)?(?:feel|think|am\s+like|m\s+like|im\s+like)(?:\s+like)?|im\s+(?:just\s+)?(?:like|thinking)|i\s+keep\s+thinking|it\s+feels\s+like|i\s+(?:just\s+|sometimes\s+|often\s+)?(?:wonder|ask\s+myself))`;
// "i wonder what the point is": the point asked after, said the other way round.
const NO_POINT = String.raw`(?:(?:whats|what\s+is|wats|wots|whts)\s+(?:even\s+)?the\s+point|what\s+(?:even\s+)?the\s+point\s+(?:even\s+)?is)`;
const OF_ALL = String.raw`of\s+(?:anything|everything|it\s+all|all\s+(?:of\s+)?this|any\s+of\s+it|living|life|me|being\s+(?:here|alive)|trying|going\s+on|carrying\s+on)`;
const TAIL = String.raw`(?:\s+(?:tho|though|tbh|ngl|honestly|really|anyway|any\s*more|lol|rn|sometimes|most\s+days))*`;
const NO_POINT_SAID = new RegExp(
  String.raw`^(?:${WHEN}\s+)*(?:(?:${WHEN}\s+)*${FEELING}\s+${NO_POINT}(?:\s+${OF_ALL})?|${NO_POINT}\s+${OF_ALL}|${NO_POINT}(?=${TAIL}\s+(?:some|most)\s+days))${TAIL}$`,
);

/** Whether a clause of the message, whole, says there is no point (to anything, or on some days). */
export function saysNoPoint(text: string): boolean {
  if (text.length > 400) return false;
  return text
    .split(/[,;.!?\n…]+|\s(?=but\s)/i)
    .some((clause) => NO_POINT_SAID.test(normaliseMessage(clause).trim()));
}

/**
 * "they hate me", "the other kids hate me tbh": being disliked, the whole message from its first word to its last, with
 * nothing done or said to them. "they hate me and hit me", "they hate me and call me names" are read as ever.
 */
const ONLY_DISLIKED =
  /^(?:(?:and|but|tbh|honestly|i\s+think|i\s+know|like|just)\s+)*(?:they|people|ppl|the\s+others|the\s+other\s+(?:kids|children|boys|girls)|(?:the\s+)?kids\s+(?:at|in)\s+(?:school|my\s+class)|my\s+class)\s+(?:all\s+|just\s+|really\s+|literally\s+)*(?:hate|hates|h8|h8s|dont\s+like|doesnt\s+like)\s+me(?:\s+(?:tbh|lol|i\s+think|all|so\s+much|honestly|ngl|now))*$/;

/** Whether the whole message says only that they are disliked (see ONLY_DISLIKED). */
export function saysOnlyDisliked(text: string): boolean {
  return text.length <= 80 && ONLY_DISLIKED.test(normaliseMessage(text).trim());
}
