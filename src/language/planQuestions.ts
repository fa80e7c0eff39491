/*
 * People's own questions about plans, asked in the middle of an answer: what SMART means, whether
 * something can be asked for in the plan, and questions about rules and services the bot cannot
 * answer ("can people with dyslexia get the theory test read out loud?", "do they have to do extra
 * visits for kids with ehcps?"). Read on one sentence, normalised and with text-speak expanded.
 * None of them is ever kept as an answer.
 */

/** "what does SMART mean", "is this one SMART?", "debbie said outcomes have to be SMART". */
const SMART = /\bsmart\b/;
const ABOUT_SMART =
  /\bwhat\s+(?:does|do|is|s)\s+(?:a\s+)?smart\b|\bsmart\s+(?:mean|means|meaning|stand\s+for|stands\s+for)\b|\b(?:is|are|was)\s+(?:this|that|it|these|my|mine|the)\s*(?:\w+\s+){0,2}?smart\b|\bsmart\s+(?:enough|now)\b|\b(?:have|has|need|needs)\s+to\s+be\s+smart\b|\bmake\s+(?:it|this|them)\s+smart\b/;

/** Whether the sentence asks what SMART means, or whether an outcome is SMART. */
export function asksAboutSmart(said: string): boolean {
  return SMART.test(said) && ABOUT_SMART.test(said);
}

/**
 * "should i ask for trying new foods in his plan or not", "can we put speech therapy in the plan",
 * "should i be asking about trying new foods": whether something can be asked for in the plan.
 */
const PLAN_ASK =
  /\b(?:should|can|could|shall|do|may)\s+(?:i|we)\s+(?:be\s+)?(?:ask|asking|request|put|get|have|include|add)\s+(?:for\s+|about\s+)?(?:\w+\s+){1,6}?(?:in|into|on)\s+(?:his|her|their|my|the|our)\s+(?:ehcp?\s+|ehc\s+)?plan\b|\b(?:should|can|could|shall|do)\s+(?:i|we)\s+(?:be\s+)?(?:asking|ask)\s+(?:for|about)\s+\w+|\bcan\s+(?:\w+\s+){1,4}?(?:go|be\s+put|be\s+included|be\s+added)\s+(?:in|into|on)\s+(?:his|her|their|my|the)\s+plan\b/;

/**
 * "does bedwetting go in an EHC plan?", "is toileting something that goes in the plan", "what can go
 * in an ehcp": whether a hard thing (at home, with health) belongs in the plan at all.
 */
const PLAN = String.raw`(?:a|an|the|his|her|their|my|our|your)\s+(?:(?:ehcp?|ehc)\s+plan|ehcp|plan)\b`;
const PLAN_BELONGS = new RegExp(
  String.raw`^(?:does|do|would|will|should|is|are)\s+(?:\w+\s+){1,6}?(?:go|goes|belong|count|fit|be\s+(?:put|written|included|added|in))\s+(?:(?:in|into|on|under)\s+)?` +
    PLAN +
    String.raw`|^(?:is|are)\s+(?:\w+\s+){1,6}?(?:something|a thing|the kind of thing|the sort of thing|stuff|things?)\s+(?:that\s+|you\s+|we\s+|to\s+)?(?:goes|go|can go|put|can put|write|can write)\s+(?:in|into|on)\s+` +
    PLAN +
    String.raw`|^what\s+(?:\w+\s+)?(?:goes|can go|should go|go|gets)\s+(?:put\s+|written\s+)?(?:in|into|on)\s+` +
    PLAN,
);

/** "can you put it in the plan": asked of the bot, read as a request elsewhere. */
const TO_THE_BOT_WORDS = /^(?:can|could|will|would)\s+you\b/;

export function asksWhatGoesInPlan(said: string): boolean {
  return PLAN_BELONGS.test(said) && !TO_THE_BOT_WORDS.test(said);
}

export function asksToPutInPlan(said: string): boolean {
  return PLAN_ASK.test(said);
}

/**
 * A question about rules, rights or services: "do you know if they have to do extra visits",
 * "can people with dyslexia get the theory test read out", "is that true?", "is that normal??",
 * "is there an app that reads bus times out loud".
 * The bot cannot answer these; the key worker or the school can.
 */
const OWN_QUESTION =
  /\b(?:do|does)\s+(?:you|anyone)\s+know\s+(?:if|whether|when|how|what|who|where)\b|\b(?:do|does)\s+(?:you|anyone)\s+know\s+(?:a|an|any)\s+(?:good\s+)?(?:apps?|websites?)\b|^(?:is|are)\s+there\s+(?:a|an|any)\s+(?:good\s+)?(?:apps?|websites?)\b|^(?:is|isnt)\s+(?:that|it|this)\s+(?:true|normal|allowed|legal|a\s+thing|right\s+though)\b|^(?:can|could|do|does|will|would|are|is)\s+(?:people|kids|children|young\s+people|students|pupils|adults|disabled\s+people|you|they|schools?|colleges?|the\s+school|the\s+council|he|she)\s+(?:with\s+(?:\w+\s+){1,3})?(?:get|have|be\s+allowed|need|have\s+to|got\s+to|apply|claim|ask\s+for)\b/;

/** Asked of the bot about the plan's parts ("can you get rid of that"): never a question of their own. */
const TO_THE_BOT = /\b(?:rid|delete|remove|change|fix|add|move|join|merge|put\s+(?:it|that|this))\b/;

export function asksOwnQuestion(said: string): boolean {
  return OWN_QUESTION.test(said) && !TO_THE_BOT.test(said);
}

/**
 * A question about rights and the law around EHC plans: "can the council refuse to do the EHC
 * assessment?", "can we appeal?", "is he entitled to a TA?", "when do I need to name the secondary
 * school". Only advice services can answer it: the guidance the bot is built from sets no such dates.
 */
const RIGHTS =
  /\b(?:council|local\s+authority|the\s+la|tribunal|appeal|appeals|mediation|refuse|refused|refuses|refusing|turn(?:ed)?\s+(?:us|him|her|me|it)\s+down|legally|the\s+law|entitled|rights?|(?:needs\s+)?assessment|named\s+school|funding|tribunals?|name\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|my\s+)?(?:secondary\s+|primary\s+|new\s+|next\s+|high\s+)?(?:school|college)|naming\s+(?:a|the)\s+(?:school|college)|phase\s+transfer)\b/;
/** The questions a rights question starts with: "can", "do they have to", "what if", "are we allowed". */
const ASKS_RIGHTS = /^(?:(?:and|but|so|also|oh|btw|quick question|sorry)\s+)*(?:can|could|do|does|did|will|would|should|are|is|has|have|what\s+(?:if|happens\s+if|can)|how\s+(?:do|can)|who\s+(?:decides|pays)|when\s+(?:do|does|did|will|would|should|must|can|is|are|has|have)|by\s+when)\b/;

export function asksAboutRights(said: string): boolean {
  return ASKS_RIGHTS.test(said) && RIGHTS.test(said) && !TO_THE_BOT.test(said);
}
