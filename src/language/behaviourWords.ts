/*
 * Words for behaviour, friendships and other people, read when placing a need in the EHC plan
 * (see `needSection`): behaviour and friendships of a child in education are social, emotional
 * and mental health needs (Section B), not health or social care, unless a condition or care is named.
 */

/** Other people, after "hurts": "he hurts other kids" is behaviour, not pain. */
export const OTHER_PEOPLE = String.raw`(?:the\s+)?(?:other\s+)?(?:kids|children|child|people|pupils|students|staff|teachers?|adults|others|someone|anyone|everyone|somebody|anybody|(?:his|her|their|my)\s+(?:\w+\s+)?(?:brothers?|sisters?|siblings?|friends?|classmates|mum|dad|carers?|teachers?|ta))\b`;
/**
 * Behaviour that shows a need ("he kicks off when plans change", "meltdowns", "he lashes out"):
 * social, emotional and mental health, Section B. Tiredness or "hurts" beside it says when it
 * happens, not a health need ("meltdowns when hes tired"); a condition or service named stays health's.
 */
export const BEHAVIOUR = /\b(?:kick\w*\s+off|melt\s*downs?|tantrums?|outbursts?|lash\w*\s+out|(?:hit|hits|hitting|kicks|kicking|bites|biting)\b|run\w*\s+(?:off|out\s+of\s+(?:class|school|the\s+(?:room|class\w*)|lessons?))|shout\w*|swear\w*|throw\w*\s+(?:things|stuff|chairs?)|behaviou?r\w*|dysregulat\w*|regulat\w*|cope\s+with\s+change|(?:loses?|lost)\s+(?:his|her|their|my)\s+(?:temper|cool))/i;
/** Words of a body that is tired or sore, which beside behaviour say when it happens. */
export const TIRED_OR_SORE = /\b(?:tired\w*|exhaust\w*|worn\s+out|no\s+energy|drowsy|hurts?(?!\s+(?:him|her|them|my|your)sel))\b/gi;
/**
 * Friendships ("he cant keep friends", "she has no friends", "lonely"): for a child or young person
 * in education a social, emotional and mental health need, Section B. Friends met at home, at clubs
 * or going out (the words left beside them) keep everyday life's Section D.
 */
export const FRIENDSHIP = /\b(?:no\s+friends|friends?|friendships?|lonely)\b/gi;
/** "nobody to play with", "anyone to play with": other children to play with is friendship, like "no friends" ("nobody to go out with" is not). */
export const PLAYMATES = /\b(?:anyone|anybody|nobody|no\s*one|someone|somebody)\s+to\s+play\b/gi;
/** "make friends", "keep a friend": friends as what help is for, never who gives it. */
export const FRIENDS_AS_AIM = /\b(?:make|making|have|having|keep|keeping|find|finding|get|getting)\s+(?:a\s+|new\s+|some\s+|more\s+)?(?:friends?|friendships?)\b/gi;
