import { firm, type Rule } from './shared';

/*
 * The first signs of criminal exploitation a parent sees in a young child: older youths giving him
 * treats and sending him on errands for them ("older lads off the estate have been giving him sweets
 * and asking him to run to the shop for them"). Both must be told, by older ones: a child who runs
 * to the shop for his nan, or older kids who help him at football, is nothing to note.
 * Read on the cleared text (lower case, no punctuation).
 */

/** Older youths, not family: "older lads", "big boys", "teenagers", "lads off the estate". */
const OLDER = String.raw`(?:(?:older|big|bigger|oldr)\s+(?:lads|boys|kids|ones|teenagers|teens|girls|guys|men|children|youths)|teenagers|teens|youths|olders|(?:lads|boys|men|guys)\s+(?:off|from|on|round)\s+(?:the|our|his|her)\s+(?:estate|street|road|block|park))`;

/** Treats given: "giving him sweets", "buys her crisps", "gave him money". */
const TREATS = String.raw`(?:giv\w*|gave|buy\w*|bought|treat\w*)\s+(?:him|her|them|my\s+(?:son|daughter|boy|girl|lad|child|kid))\s+(?:\w+\s+){0,2}?(?:sweets|crisps|chocolate|money|cash|quid|a\s+fiver|a\s+tenner|vapes?|fags|cigarettes|cans|drinks?|energy\s+drinks|food|chicken|chips|snacks|presents|gifts|stuff|things|trainers|a\s+phone)`;

/** Errands run for them: "asking him to run to the shop for them", "sending her to the shops", "get him to go errands". */
const ERRAND = String.raw`(?:ask\w*|send\w*|sent|get|gets|getting|got|tell\w*|told|mak\w*|made|use|uses|using|used)\s+(?:him|her|them|my\s+(?:son|daughter|boy|girl|lad|child|kid))\s+(?:to\s+)?(?:(?:run|go|nip|pop|do|take|carry|drop|deliver|fetch)\w*\s+(?:\w+\s+){0,3}?(?:(?:to|down|round)\s+(?:the\s+)?shops?|errands?|jobs|runs|favours?|stuff\s+for|things\s+for|for\s+them|bags?|packages?|parcels?)|(?:to\s+)?(?:the\s+)?shops?\s+for\s+them|on\s+errands?|errands?)`;

/** Older ones who give treats and send the child on errands, in either order. */
const SOURCE = String.raw`\b${OLDER}\b[^~]{0,80}\b(?:${TREATS}\b[^~]{0,80}\b${ERRAND}|${ERRAND}\b[^~]{0,80}\b${TREATS})\b`;

/** For the flag's kind: older ones using a child are exploitation, never bullying by other "boys" (disclosureFollowUp.ts). */
export const OLDER_ONES_ERRANDS = new RegExp(SOURCE);

export const OLDER_ONES_ERRANDS_FAMILIES = {
  olderOnesErrands: [firm('exploitation', SOURCE)] as readonly Rule[],
};
