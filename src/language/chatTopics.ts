import { HOW_SHARED } from './howShared';
import { TAKE_OUT_WORD } from './takeOutVerbs';

/*
 * What a question to the bot is about (a topic the bot can answer), read from its plain words
 * (chatPieces.ts makes them plain). The topics are tried in this order.
 */

/** What a question to the bot is about, so the bot can answer it. */
export type ChatTopic =
  | 'keyWorker'
  | 'keyWorkerSame' // "is my support worker the same as a key worker?"
  | 'code'
  | 'whoSees'
  | 'whatNext'
  | 'mustTheyDoIt' // does the school have to do what the plan says
  | 'planMakesMe' // "does this plan mean i have to go back to school": the plan makes them do nothing
  | 'howShared' // how the plan reaches the school; must they print it
  | 'whichOutcome' // which hope and step an outcome question is about
  | 'meaning'
  | 'why'
  | 'askedAgain'
  | 'howToRemove' | 'howToChange' | 'howToAdd'
  | 'isItOk'
  | 'notAnswered'
  | 'otherQuestion'
  | 'smart' // what SMART means, or whether an outcome is SMART
  | 'planAsk' // whether something can be asked for in the plan
  | 'likeThis' // "what do u mean? like the teacher tells me?": an example offered, asking if that is what is meant
  | 'whichPeople' // "Which people? I can't read minds": who the question means, with examples
  | 'planBelongs' // whether a hard thing (at home, with health) goes in the plan at all
  | 'howToJoin' // two hopes asked to be made one, away from the review
  | 'ageRule'
  | 'mustAnswer'
  | 'shouldMention' // "should I put something in about his sleep?": yes, and where it goes
  | 'wasKept'
  | 'whatAbout'
  | 'whyThem' // "why you say them? he is one boy"
  | 'ownWord' // "what is meltdown in your words?": their own word, kept as they say it
  | 'dateKept' // "you never saved the date": whether the outcome has its date, and that it will be asked
  | 'wrongBit' // "you've stuck the help onto the wrong bit": something kept in the wrong place
  | 'rightsQuestion' // "can the council refuse to do the EHC assessment?": where to get advice on rights and the law
  | 'askedWrong'; // "Have I asked something I should not have?": no, nothing they say here is wrong

/** "do i have to answer", "do i hav to answer this one", "is this one optional", "can i skip this", "what if i dont answer": no, and how to skip. */
export const MUST_ANSWER =
  /^(?:do|must|should|have|need)\s+(?:i|we|he|she)\s+(?:really\s+)?(?:(?:have|need|got)\s+to\s+|gotta\s+)?(?:answer|say|reply|respond|fill|put|write|tell)\b|^(?:do|does)\s+(?:i|we|he|she)\s+(?:really\s+)?(?:have|need|got)\s+to(?:\s+(?:do\s+)?(?:this|that|it|this one|this question|that one))?$|^(?:is|are)\s+(?:this|it|that|these|this question|the questions?)\s+(?:optional|compulsory|required|necessary|a must)\b|^what\s+(?:if|happens if)\s+(?:i|we)\s+(?:dont|do not|cant|cannot)\s+(?:answer|say|reply|want to)\b|^(?:do|must|should|will)\s+i\s+(?:really\s+)?(?:have to|need to|got to|must)\s+(?:answer|do|say|reply to|fill in)\b|^(?:is|are)\s+(?:this|that|it|these)(?:\s+(?:one|question|bit))?\s+(?:optional|compulsory|required|needed)\b|^(?:can|could|may)\s+i\s+(?:not answer|leave|skip)\s+(?:this|that|it)\b/;

/**
 * "have i asked something i should not have", "did i say something wrong", "should i not have said
 * that", "was that wrong of me to say": a worry about what they said to the bot, never an answer.
 */
export const ASKED_WRONG =
  /^(?:have|did|has)\s+(?:i|we)\s+(?:just\s+)?(?:asked|ask|said|say|done|do|put|typed|type|written|write|wrote|told\s+you)\s+(?:something|anything|sth|summat)\s+(?:(?:i|we)\s+(?:should\s*not|shouldnt|should\s+nt|shouldn\s*t|should\s+never)(?:\s+(?:have|of|ve))?(?:\s+(?:asked|said|done|put|typed|written|told\s+you))?|wrong|bad|rude|silly|stupid)(?:\s+(?:there|then|here|sorry))*$|^(?:should|shouldnt)\s+(?:i|we)\s+(?:not\s+)?(?:have\s+|of\s+)?(?:asked|said|put|typed|written|told\s+you)\s+(?:that|this|it)(?:\s+not)?$|^(?:was|is)\s+(?:that|it|this)\s+(?:wrong|bad|rude|silly)\s+(?:of\s+me\s+)?(?:to\s+(?:ask|say|put|type|write)(?:\s+(?:that|this|it))?)?$|^(?:i\s+hope\s+)?(?:i|we)\s+(?:havent|have\s+not|didnt|did\s+not)\s+(?:asked|ask|said|say|done|do|put|typed|written)\s+(?:anything|something)\s+(?:wrong|bad|rude|i\s+(?:shouldnt|should\s+not)(?:\s+have)?)$/;

/** "should i put something in about his sleep", "can i mention his eating", "can i add about his sleep": whether a thing belongs in the plan. */
export const SHOULD_MENTION =
  /^(?:should|shall|do|can|could|may|must)\s+(?:i|we)\s+(?:also\s+)?(?:put|write|say|mention|add|include|tell\s+you|type)\s+(?:(?:something|anything|a\s+bit|some\s*thing)\s+)?(?:in\s+|down\s+|here\s+)?(?:about|abt|bout|for)\s+\S|^(?:should|shall|do|can|could|may|must)\s+(?:i|we)\s+(?:also\s+)?(?:mention|include|bring\s+up)\s+(?:his|her|their|my|how\s+(?:he|she|they|i))\s+\S+(?:\s+(?:too|as\s+well|also|here|now))?$/;

/** "is that the kind of thing you mean", "is this what you want", "does that count", "will that do": the answer checked. */
const IS_THAT_THE_KIND =
  /^(?:is|was|would)\s+(?:that|this|it)\s+(?:be\s+)?(?:(?:the|a)\s+(?:right\s+|good\s+)?(?:kind|sort|type)\s+of\s+(?:thing|answer|step|goal|outcome|idea)|what\s+you\s+(?:mean|meant|want|wanted|need|are\s+after|re\s+after|(?:are|were)\s+looking\s+for)|(?:a\s+)?(?:good|ok|okay|right)\s+(?:one|answer|step|goal|idea|thing))(?:\s+(?:you\s+(?:mean|meant|want|wanted|need|are\s+after)|then|here|for\s+(?:this|it)))*$|^(?:does|will|would|can)\s+(?:that|this|it)\s+(?:work|do|count|fit)(?:\s+(?:for\s+you|then|as\s+(?:one|an?\s+(?:answer|step|goal))))*$/;

/** "does this plan mean i have to go back to school", "will it make me leave college", "do i have to go back to school". */
const PLAN_MAKES_ME =
  /\b(?:does|will|would|is|can|could)\s+(?:this|the|that|my|his|her|it)?\s*(?:plan|draft|ehcp?|ehc plan|chat|this|it)?\s*(?:mean|means|make|force|making|forcing)\s+(?:that\s+)?(?:i|me|he|him|she|her|we|us|they|them)\s+(?:have\s+to|has\s+to|must|got\s+to|need\s+to|needs\s+to|will\s+have\s+to|to|go|do|leave|move|change|stop)\b|^(?:do|will|would|must)\s+(?:i|he|she|we)\s+(?:really\s+)?(?:have\s+to|need\s+to|got\s+to|be\s+made\s+to)\s+(?:go\s+back|return|leave|move|change|start|stop|go)\s+(?:to\s+)?(?:a\s+|the\s+|my\s+|his\s+|her\s+)?(?:school|college|class|placement|work|job|home|unit)\b/;

export const TOPICS: ReadonlyArray<readonly [ChatTopic, RegExp]> = [
  // "does this plan mean i have to go back to school": no, the plan is about what they want.
  ['planMakesMe', PLAN_MAKES_ME],
  // "hang on which one are we on now", "what outcome is this for", "which outcome even is this": where they are is said.
  // "what step have you written down?", "which step did we put": the step so far is read back.
  // "did it change the sentence?", "what does the sentence say now": the sentence so far is read back.
  ['whichOutcome', /^(?:did|has|have)\s+(?:it|you)\s+(?:change|changed|fix|fixed|update|updated)\s+(?:the|my)\s+(?:sentence|step|outcome|goal|words)(?:\s+(?:then|now|yet|or not|tho|though|again))*$|^what\s+(?:does|do|did)\s+(?:the|my)\s+(?:sentence|step|outcome|goal)\s+say(?:\s+(?:now|then))?$|^(?:what|which)\s+(?:step|outcome|goal)\s+(?:have|did|has)\s+(?:you|we|it)\s+(?:got|written|write|wrote|put|kept|keep|saved|save|typed|down)\b|\bwhich\s+(?:one|outcome|hope|step|bit|part)\s+(?:are\s+)?(?:we|i)\s+(?:on|doing|at|working on)\b|^(?:which|what)\s+(?:outcome|hope|step)\s+(?:even\s+)?(?:is|was)\s+(?:this|it|that)(?:\s+(?:for|about|again|now|even))*$|^(?:what|who)\s+is\s+(?:this|it|this one|this outcome|this question)\s+(?:for|about)(?:\s+(?:again|now))*$|^what\s+(?:is|s|will)\s+(?:he|she|they|i)\s+(?:be\s+)?(?:doing|do|meant\s+to\s+be\s+doing|supposed\s+to\s+be\s+doing|going\s+to\s+do)\s+by\s+(?:when|then)$|^(?:which|what)\s+(?:one|outcome|hope)\s+is\s+(?:this|it)(?:\s+(?:for|about|again|now))*$/],
  // "does the school actually have to do it", "is the plan legally binding": whether the plan must be followed.
  ['mustTheyDoIt', /\b(?:do|does|will|must|would|should)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:school|college|nursery|council|la|local authority|teachers?|they|anyone)\s+(?:actually\s+|really\s+|legally\s+|still\s+)?(?:have to|need to|got to|gotta|must)\s+(?:do|follow|give|provide|stick to|listen to)\b|\b(?:is|are)\s+(?:it|this|that|(?:this|the|my|his|her|an?)\s+(?:plan|draft|ehcp?|ehc plan))\s+(?:legally\s+)?(?:binding|enforceable|the law)\b|\b(?:have|has)\s+to\s+(?:follow|stick to)\s+(?:it|this|the plan)\b|\b(?:do|does|will|would)\s+(?:the\s+)?(?:school|college|council|teachers?|they)\s+(?:actually|really|definitely)\s+(?:do|follow|give|provide|stick to)\s+(?:it|this|that|the plan|what it says)\b|\b(?:can|could)\s+(?:the\s+)?(?:school|college|council|teachers?|they)\s+(?:just\s+)?(?:ignore|refuse)\s+(?:it|this|that|the plan)\b|^(?:do|does)\s+(?:the\s+)?(?:school|college|council|teachers?|they)\s+(?:actually\s+|really\s+)?(?:have to|need to)$/],
  ['howShared', HOW_SHARED],
  // Only verbs that are never nouns: "how do i put it in the bin" is no question about taking out.
  ['howToRemove', new RegExp(String.raw`\b(?:how|where|is there (?:a |any )?(?:button|way))\b.*\b(?:${TAKE_OUT_WORD}|get rid|take (?:it |that |this )?(?:out|away|off))\b`)],
  ['howToChange', /\b(?:how|where|is there (?:a |any )?(?:button|way))\b.*\b(?:change|edit|fix|correct|reword|rewrite)\b/],
  // "Can I add some more hopes first?": how to add one is said.
  ['howToAdd', /\b(?:how|where|is there (?:a |any )?(?:button|way))\b.*\badd\b|\b(?:can|could|may) i (?:add|put|have|give|tell you) (?:a |an |one |some |a few |two |three |my )?(?:new|another|more|extra|other)\b/],
  // "is my support worker the same as a key worker", "is dee my key worker": maybe, and how to find out.
  ['keyWorkerSame', /\b(?:is|are)\s+(?:(?:my|our|his|her|their|the|a)\s+)?[a-z]+(?:\s+worker)?\s+(?:(?:the\s+)?same\s+(?:thing\s+)?as|also|like)\s+(?:a|an|my|the|his|her|their)\s+key\s*workers?\b|\b(?:is|are)\s+(?:(?:my|our|his|her|their|the)\s+)?(?:support|social)\s+workers?\s+(?:my|his|her|their|the|a)\s+key\s*workers?\b|\b(?:is|are)\s+(?:(?:my|our|his|her|their|the)\s+)?(?:senco|sendco|teachers?|tutor)\s+(?:my|his|her|their|the|a)\s+key\s*workers?\b|\b(?:is|are)\s+(?!(?:it|this|that|there|what|who|where)\b)[a-z]+\s+(?:my|his|her|their)\s+key\s*workers?$|\bkey\s*workers?\s+(?:the\s+)?same\s+(?:thing\s+)?as\s+(?:a|an|my|the|his|her)\s+(?:support|social)\s+workers?\b/],
  ['keyWorker', /\bkey\s*workers?\b/],
  ['whoSees', /\bwho\b.*\b(?:see|sees|seen|read|reads|get|gets|look|looks|has|have|send|sends|receive|receives|share|shares)\b|\bwho\b.*\bcheck(?:s|ed)?\s+(?:the\s+|my\s+|these\s+|what\s+i\s+)?(?:notes?|plan|draft|answers|wrote|said|typed)\b|\b(?:see|read|know|find out)\s+(?:about\s+)?what\s+i\s+(?:said|wrote|typed|told you|put)\b|\b(?:will|does|do|can|must|should)\s+(?:the |my |his |her |a )?(?:school|teachers?|senco|council|la|local authority|doctor|anyone|anybody|everyone|they|people|social worker|mum|mom|mam|dad|parents?|carers?|family|nan|gran|brother|sister)\s+(?:see|read|get|look at|have|know)\b|\b(?:i|we)\s+(?:must|have to|need to|should)\s+(?:send|give|show|take)\s+(?:it|this|the plan|the draft)\b|\bwhere\s+(?:does|do|will)\s+(?:it|this|the plan|my answers)\s+go\b/],
  ['whatNext', /\bwhat\s+(?:will\s+)?(?:happen|happens|is next|comes next|next|after|now)\b|\bwhat\s+(?:do|should|must|can)\s+(?:i|we)\s+do\s+(?:now|next|after|then|with (?:it|this|the plan))\b|\bwhen\b.*\b(?:plan|it)\b.*\b(?:ready|done|start|finished|happen)\b/],
  ['code', /\bcodes?\b/],
  // "is that the kind of thing you mean?", "is that what you want?", "does that count?": whether the answer beside it will do.
  // "isnt that kind of the same as the college one?": two hopes may be one; how they are joined is said, nothing kept.
  // "isnt that the same as the last one" is about the question asked, never about hopes.
  ['howToJoin', /^(?:isnt|is|aint|wasnt)\s+(?:that|this|it)\s+(?:just\s+|basically\s+|really\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+|pretty\s+much\s+)?(?:the\s+)?same\s+(?:as|like)\s+(?:the|my|his|her)\s+(?!(?:last|previous|other)\s+(?:one|question)$)(?:[a-z]+\s+){1,3}(?:one|hope|dream)$/],
  ['isItOk', IS_THAT_THE_KIND],
  ['meaning', /^(?:do )?you mean\b|\bwhat\s+means?\s+(?:a\s+|an\s+|the\s+)?\w+|\bwhat\s+(?:do |does )?(?:you|it|this|that)\s+mean\b|\bwhat\s+(?:is|are)\s+(?:a |an |the )?\w+(?:\s+\w+)?$|\bwhat\s+(?:does|is)\s+.*\bmean(?:s|ing)?\b|\bwhat\s+(?:are\s+)?you\s+(?:asking|want|mean)\b|\bwhat\s+question\b/],
  // "Should I put something in about his sleep?", "can i mention his sleep", "do i say about his sleep": yes, and where it goes.
  ['shouldMention', SHOULD_MENTION],
  // "do i have to answer", "is this optional", "what if i dont want to say": no question has to be answered.
  ['mustAnswer', MUST_ANSWER],
  ['isItOk', /^(?:is|it is|its|is it)\s+(?:it|that|this)?\s*(?:a\s+)?(?:ok|okay|alright|fine|problem|bad|wrong|enough|too\s+(?:fast|soon|quick|early|late|much|little|long|short|big|small|hard|easy)|right|normal|possible)(?:\s+(?:for you|or not|then|maybe|too|like that))?$|^(?:is|it is|its)\s+(?:a\s+)?(?:big\s+)?problem$/],
];
