/*
 * A carer's words that look like harm and are not, each the whole message (read by concernIdioms.ts):
 * - the child's own time-out card, used by the child himself when wound up ("he uses his card or asks to
 *   go to the quiet space himself when he gets wound up"): help, never someone using his bank card;
 * - a hope with a condition about other children being wary of the child ("making friends, if kids
 *   arent scared of him"): the child is the one others are wary of, nobody is afraid of someone at home.
 * Both are anchored to the start and the end of the message, so any other words (money, someone else,
 * a threat) leave the message to be read as ever.
 */

const CALMING =
  '(?:quiet\\s+(?:space|room|area|corner|place)|calm\\s+(?:space|room|area|corner|down)|wound\\s+up|worked\\s+up|time\\s*out|a\\s+break|overwhelmed|upset|angry|cross|meltdown|stressed)';
/** Words that make a card someone's money, or bring in another person: never set aside with them. */
const NOT_OWN_CARD =
  '(?:money|cash|bank|pin|shop\\w*|spend\\w*|spent|buy\\w*|bought|benefits|pip|pay|paid|account|debit|credit|contactless|online|someone|somebody|they|them|their|older|friends?|mates?|take|takes|took|taken|owe\\w*|secret|uncle|boyfriend|girlfriend|gang|men|lads)';

/** After the card, only a calming clause may follow, ending the message: nothing else is set aside with it. */
const CALM_TAIL =
  `(?:[\\s,]+(?:or|and)\\s+(?:asks?\\s+(?:to\\s+go\\s+)?(?:to\\s+)?|goes\\s+to\\s+)(?:the\\s+|a\\s+)?${CALMING}(?:\\s+(?:himself|herself|on\\s+his\\s+own|on\\s+her\\s+own))?)?` +
  `[\\s,]+(?:(?:most|some|many|all|the)\\s+(?:times|of\\s+the\\s+time)\\s+|(?:every|each)\\s+time\\s+|when\\s+|if\\s+|whenever\\s+|once\\s+)+` +
  `(?:he|she)\\s+(?:gets?|is|feels?|starts?\\s+to\\s+(?:get|feel))\\s+(?:too\\s+|really\\s+|a\\s+bit\\s+|very\\s+)?${CALMING}` +
  `(?:[\\s,]+instead\\s+of\\s+(?:throwing|kicking|hitting\\s+out|shouting|running\\s+off|lashing\\s+out)(?:\\s+(?:stuff|things|about))?)?` +
  `(?:[\\s,.]+(?:the\\s+)?(?:staff|school|teachers?|ta)\\s+(?:could|can|should|will|would)\\s+(?:keep|make|write)\\s+a\\s+(?:note|record|log)(?:\\s+of\\s+it)?)?`;

/** The child using his or her own time-out card, and only a calming clause after it. */
export const OWN_CALM_CARD_SOURCE =
  `^\\s*(?:(?:and|so|then|now|usually|mostly)\\s+)?(?:he|she)\\s+(?:(?:can|could|will|would|should|does|already|usually|sometimes|often|always|now|mostly)\\s+)*(?:uses?|used|using|shows?|showed|holds?\\s+up)\\s+(?:his|her)\\s+(?:own\\s+)?(?:(?:time\\s*out|exit|calm(?:\\s+down)?|break|help|red|traffic\\s+light)\\s+)?card\\b(?![^~]*\\b${NOT_OWN_CARD}\\b)${CALM_TAIL}[\\s.!]*$`;

/** A friendship hope with the condition that other children are not scared of the child. */
export const PEERS_NOT_WARY_SOURCE =
  '^\\s*(?:(?:to\\s+)?(?:making|make|have|having|keep|keeping|more|some|real|good|proper|a|to)\\s+)*(?:friends?|mates?)(?:\\s+(?:at|in)\\s+(?:school|class|college))?\\s+(?:but\\s+only\\s+)?(?:if|when|as\\s+long\\s+as|once)\\s+(?:the\\s+)?(?:other\\s+)?(?:kids|children|pupils|people|others|classmates|boys|girls)\\s+(?:arent|are\\s+not|werent|were\\s+not|stop\\s+being|dont\\s+get|wont\\s+be|are\\s+less|get\\s+less|not)\\s+(?:so\\s+|as\\s+)?(?:scared|frightened|afraid|wary|nervous)\\s+of\\s+(?:him|her|them)\\s*$';
