/*
 * "How the school get this plan? I must print it?", "do i have to email it to school", "how does
 * his teacher see it": how the plan reaches the school, asked of the bot. The answer says what
 * the product does (share with the key worker, a copy to download at the end), never kept as content.
 * "can i share it with the senco?", "How do I get this to my key worker if I haven't got a code? Can I
 * just print it?" ask the same.
 */
export const HOW_SHARED =
  /\bhow\s+(?:(?:does|do|will|would|can|could|is|are)\s+)?(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:school|college|nursery|teachers?|senco|council|they|key\s*worker)\s+(?:\w+\s+)?(?:get|gets|getting|see|sees|receive|receives|have|has|read|reads)\s+(?:the\s+|this\s+|my\s+|his\s+|her\s+|our\s+)?(?:plan|draft|it|this|copy)\b|\b(?:must|should|do|have\s+to|need\s+to|can|could)\s+(?:i|we)\s+(?:just\s+|simply\s+)?(?:(?:have|need|got)\s+to\s+)?(?:print|email|post|send|bring|take)\s+(?:it|this|the\s+plan|the\s+draft|a\s+copy)?\b|\b(?:i|we)\s+(?:must|have\s+to|need\s+to|should)\s+(?:print|email|post)\b|\b(?:can|could|should|do|may|how\s+do|how\s+can)\s+(?:i|we)\s+(?:\w+\s+)?(?:share|give|show|forward|send)\s+(?:it|this|the\s+plan|the\s+draft|a\s+copy|my\s+plan|his\s+plan|her\s+plan)\s+(?:with|to)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:senco|school|college|teachers?|key\s*worker|caseworker|case\s+worker|council|nursery|job\s+coach|\w+)\b|\b(?:how|where)\b.*\b(?:print|printed)\b|\bhow\s+(?:do|can|could|should|will)\s+(?:i|we)\s+(?:get|give|send|take)\s+(?:it|this|the\s+plan|the\s+draft|a\s+copy|my\s+plan)\s+to\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:senco|school|college|teachers?|key\s*worker|council|nursery)\b/;
