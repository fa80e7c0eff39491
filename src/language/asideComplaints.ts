/*
 * Complaints about the chat, each read against a whole message or sentence (aside.ts reads them):
 * "i told u that", "thats not a hope lol", "not the hope, the HELP lol". Never kept as an answer.
 */

/**
 * Bored with the chat, as people type it: "this is borin", "this is takin ages im bored", "2 long",
 * "im bored". Heard kindly and the same question asked again; never kept as an answer. The whole
 * message must be the remark, so "i get bored in maths" stays an answer.
 */
const CHAT_DRAGS =
  '(?:(?:this|this chat|this bot|dis|these questions|the questions|ur questions|your questions)\\s+(?:is|s|are|r|iz)?\\s*)(?:(?:so|soo+|really|rly|well|proper|dead|kinda|bit|a bit|getting|gettin|now)\\s+)*(?:boring|borin|boaring|borinn+g?|taking ages|takin ages|taking forever|takin forever|taking 4ever|takin 4ever|2 long|too long|to long|dragging|draggin|long)';
const ME_BORED = '(?:im|i m|i am|am|getting|gettin)\\s+(?:(?:so|soo+|really|rly|well|proper|dead|bare|getting|gettin)\\s+)*(?:bored|boredd+|borde|fed up)';
export const BORED = new RegExp(
  `^(?:(?:ugh+|urgh+|omg|tbh|ngl|honestly|lol|bruh|man)\\s+)*(?:${CHAT_DRAGS}(?:\\s+(?:and\\s+|n\\s+|&\\s+)?${ME_BORED})?|${ME_BORED}|(?:so\\s+|soo+\\s+)?(?:boring|borin|boaring|bored|2 long|too long|takin ages|taking ages))(?:\\s+(?:now|tbh|ngl|lol|of this|mate|already|af|asf|bruv|bro|fam|innit|man|lmao|haha\\w*))*$`,
);


/** "i think thats gone a bit wrong", "oops that went wrong", "its all gone wrong". */
export const GONE_WRONG = /^(?:i think\s+|oh\s+|oops\s+|um+\s+)*(?:that|thats|that s|it|its|it s|this|this is|something|somethings)\s+(?:has\s+|is\s+|s\s+)?(?:gone|went|going|go)\s+(?:a bit\s+|a little\s+|all\s+|really\s+|slightly\s+|abit\s+)?(?:wrong|rong|weird|funny|wonky)(?:\s+(?:there|here|again|now))?$/;

/** The chat's own words for what it keeps. */
const KIND = '(?:hopes?|dreams?|help|support|needs?|steps?|outcomes?|goals?|measures?|problems?|barriers?)';

export const COMPLAINT: readonly RegExp[] = [
  // "didnt u just ask that", "did you not just ask me that", "havent you asked that already"
  /^(?:didnt|did not|didn t|havent|have not|did)\s+(?:you|u|ya)\s+(?:not\s+)?(?:already\s+|just\s+)?(?:ask|asked|say|said)\s+(?:me\s+)?(?:that|this|it|the same|the same thing|the same question|that one)(?:\s+(?:already|before|just now))?$/,
  // "same question again", "this again", "again??"
  /^(?:(?:the\s+)?same\s+questions?(?:\s+again|\s+twice)?|(?:these|the)\s+questions\s+again|this\s+again|that\s+again|again|asked\s+that\s+already|deja vu)$/,
  // "this is annoying", "ugh", "this is so long", "this is taking ages", "so annoying"
  /^(?:(?:this|this chat|this bot|the questions|these questions|ur questions|your questions)\s+(?:is|are|s|re)?\s*(?:so\s+|really\s+|well\s+|proper\s+|kinda\s+|bit\s+|a bit\s+|getting\s+)*(?:annoying|anoying|irritating|boring|long|confusing|taking ages|taking forever|too long|pointless|repetitive|stupid|dumb|long now))$|^(?:(?:so|this is so)\s+)?(?:annoying|anoying|boring)$|^(?:ugh+|urgh+|omg|ffs|argh+|bruh|fml|smh)$/,
  BORED,
  // "i just did", "ive done that"
  /^(?:i|ive|i have)\s+(?:already\s+|just\s+)?(?:did|done)(?:\s+(?:that|this|it|that one))?$/,
  // "i told u that", "i already said", "ive answered that already", "i just told you"
  /^(?:i|ive|i have|i ve|i did|i)\s+(?:already\s+|just\s+|literally\s+|allready\s+|alredy\s+)*(?:told|tol|telled|said|sed|say|answered|put|wrote|typed|gave|done|said this|told you|told u)(?:\s+(?:you|u|ya|yu|ya|that|this|it|them|you that|u that|you this|u this|that one|this one|the answer|you already|u already|you before|u before|you that already|u that already))?$/,
  // "already told you that", "already said" (the "I" left out, as people type)
  /^(?:already|alredy|allready|just)\s+(?:told|said|sed|answered|gave|put)(?:\s+(?:you|u|ya))?(?:\s+(?:that|this|it|that one))?(?:\s+already)?$/,
  // "i said that", "i said that already"
  /^i\s+(?:said|told you|told u)\s+(?:that|this|it|so)$/,
  // "you already asked that", "u asked me that before", "you just said that"
  /^(?:you|u)\s+(?:already\s+|just\s+|literally\s+)*(?:asked|ask|askd|said|sed)\s+(?:me\s+)?(?:that|this|it|that one|this one|the same|the same thing|the same question)$/,
  // "I asked it twice already", "you asked that twice", "ive answered it two times": the question came round again.
  /^(?:(?:i|ive|i have|you|u|youve|you have)\s+)?(?:already\s+|just\s+)?(?:asked|askd|answered|said|told\s+(?:you|u))\s+(?:me\s+)?(?:it|that|this|that one|this one|the same thing)\s+(?:twice|two times|2 times|three times|3 times|already|before|loads)(?:\s+(?:already|now|before|lol))*$/,
  // "why do you keep asking (me that)", "stop asking me that"
  /^(?:why|y|whyy+)\s+(?:do|are|r|d)?\s*(?:you|u)\s+(?:keep\s+|still\s+)?(?:asking|ask|saying|repeating)\b.*$/,
  /^(?:stop|quit)\s+(?:asking|saying|repeating)\b.*$/,
  // "not the hope, the HELP lol", "no its not a need its a step": one of the chat's words kept for another.
  new RegExp(`^(?:(?:no|nah|nope)\\s+)?(?:(?:its|it s|it is|thats|that s|that is|i said|i meant)\\s+)?not\\s+(?:the|a|an|my)\\s+${KIND}\\s+(?:(?:its|it s|it is|it was|i said|i meant|i mean)\\s+)?(?:the|a|an|my)\\s+${KIND}$`),
  // "no don't keep that" before the answer itself ("The answer is: ..."): never kept.
  /^(?:(?:no|nah|nope|wait)\s+)*(?:dont|do not|don t|pls dont|please dont)\s+(?:keep|save|put|write|use)\s+(?:that|this|it)(?:\s+(?:down|in|one|please|pls))*$/,
  // "thats not a hope", "that is not what i said", "thats not what i meant", "its not a step"
  /^(?:that|thats|that s|that is|this|this is|its|it is|it s|dat|dats)\s+(?:not|nt|isnt|aint)\s+(?:even\s+)?(?:(?:a|an|my|the)\s+)?(?:hope|dream|need|step|outcome|goal|answer|question|problem i said|measure|help|support)s?$/,
  /^(?:that|thats|that s|that is|this|this is|its|it is|it s|dat|dats)\s+(?:not|nt|isnt|aint)\s+(?:right|correct|true|it)$/,
  /^(?:that|thats|that is|this is|its|it is)\s+(?:wrong|incorrect|not right|rubbish|a mistake)$/,
  // "wrong", "no wrong", "all wrong": said alone, about what the bot just kept.
  /^(?:(?:no|nah|nope)\s+)?(?:all\s+|so\s+|still\s+)?wrong(?:\s+again)?$/,
  // "no the goal", "no my goal is wrong": the goal (or hope, or step) kept is not what they meant.
  /^(?:no|nah|nope)\s+(?:not\s+)?(?:the|my|that|this)\s+(?:goal|hope|dream|step)(?:\s+(?:is|s)\s+(?:wrong|not right))?$/,
  // "i think thats gone a bit wrong", "it went wrong": what was kept is not what they meant.
  GONE_WRONG,
  /^(?:thats|that is|that s)\s+not\s*$/,
  // "are you even listening", "you're not listening", "read what i said"
  /^(?:are|r)\s+(?:you|u)\s+(?:even\s+)?(?:listening|reading|paying attention)\b.*$/,
  /^(?:you|u)\s*(?:are|r|re)?\s+(?:not|nt|never)\s+(?:listening|reading)\b.*$/,
  // "you arent listening", "youre not getting it", "you dont get it mate", "listen to me", "not what i said"
  /^(?:you|u)\s*(?:arent|are not|re not)\s+(?:listening|reading|getting it|getting me)\b.*$|^(?:you|u)\s*(?:are|r|re)?\s+not\s+getting\s+(?:it|me)$/,
  /^(?:you|u)\s+(?:dont|do not|just dont)\s+(?:get|understand)\s+(?:it|me)$/,
  /^(?:just\s+)?listen\s+to\s+(?:me|what i (?:said|say|am saying|m saying))$/,
  /^not\s+what\s+i\s+(?:said|meant|wrote|put|typed)$|^(?:that|thats|that s|that is|its|it s|it is)\s+not\s+it\s+at\s+all$/,
  /^(?:you|u)\s+(?:dont|do not|never)\s+(?:listen|read)\b.*$/,
  /^(?:read|look at)\s+what\s+i\s+(?:said|wrote|typed|put)\b.*$/,
  // "no that's not what I asked for, I said ...": what was kept is not what they asked for.
  /^(?:that|thats|it|its)\s+(?:not|nt)\s+what\s+i\s+(?:said|meant|mean|wrote|put|typed|asked|asked for|wanted|want)\b.*$/,
  /^(?:i\s+)?(?:didnt|did not|never)\s+(?:say|said|mean|meant|type|write)\s+(?:that|this|it)\b.*$/,  // In simple English: "this is not hope", "it was question to you", "this is still wrong", "you dont listen me".
  /^(?:this|that|it|its|thats|dat)\s*(?:is|was|s|are)?\s+(?:still\s+|also\s+)?(?:not|no|isnt|wasnt|aint)\s+(?:a\s+|an\s+|my\s+|the\s+)?(?:hope|dream|need|problem|barrier|help|step|outcome|goal|answer)s?(?:\s+(?:i (?:said|say|mean|meant)|again|at all))?$/,
  /^(?:it|its|it is|it was|this is|that is|that was|thats)\s+(?:a\s+|my\s+)?question(?:\s+(?:to|for)\s+(?:you|the bot))?$/,
  /^(?:this|that|it|its|thats)\s*(?:is|was|s)?\s+(?:still\s+|all\s+|so\s+)(?:wrong|not right|incorrect|a mistake|rubbish)(?:\s+again)?$/,
  /^(?:you|but you|and you)\s+(?:are\s+|r\s+)?(?:not|dont|do not|didnt|did not|never|still\s+(?:not|dont))\s+(?:listen|listening|hear|understand)(?:\s+(?:to\s+)?(?:me|what i (?:say|said|wrote|mean)))?$/,
  // "it keeps doing the same thing", "why do you always ask me this", "where did you get that"
  /^(?:it|you|this|the bot|this bot|this chat)\s+(?:keeps?|is\s+still|still|always)\s+(?:doing the same|asking|saying|repeating|going (?:back|round|on about))\b.*$/,
  /^(?:why|y)\s+(?:do|does|are|did)?\s*(?:you|u|it)\s+(?:always|keep|still)\s+(?:ask|asking|say|saying|do|doing|put|putting)\b.*$/,
  /^where\s+(?:did|do|does|has)\s+(?:you|u|it|that|this)\s+(?:get|got|come|find)\b.*$|^where\s+(?:is|s)\s+(?:that|this)\s+(?:from|coming from)$/,
  /^i\s+(?:didnt|did not|never)\s+(?:say|said|write|wrote|type|typed|mean|meant|tell|told)\b.*$/,
  /^(?:you|u|but you|and you)\s+(?:not|dont|do not|didnt|did not|never|still\s+(?:not|dont|didnt))\s+(?:answer|answered|reply|replied)(?:\s+(?:me|my|mine|to me|this|that|it|the|any))?(?:\s+(?:question|questions))?$/,
  // "why you say good to know what works?": the bot's own words questioned, so something it said was wrong.
  /^why\s+(?:you|u|did you|did u|do you)\s+(?:put|keep|kept|write|wrote|save|saved|change|changed|say|said)\b.*$/,
  // In simple English, about the plan or the words kept: "there is wrong things", "the plan is wrong", "you cut my words".
  /^(?:there\s+(?:is|are|s|r)|there\s+(?:is|are)\s+some|i\s+see|i\s+find|it\s+has|it\s+have|the plan\s+(?:has|have))\s+(?:some\s+|many\s+|a lot of\s+|lots of\s+)?(?:wrong|mistakes?|errors?|wrong\s+(?:things?|words?|parts?|bits?)|something\s+wrong|things?\s+(?:that\s+)?(?:is|are)\s+wrong)(?:\s+(?:in it|in the plan|there|here|again))?$/,
  /^(?:the|my|his|her|this|your)\s+(?:plan|draft|answers?|words|list)\s+(?:is|are|s)\s+(?:still\s+|all\s+|so\s+)?(?:wrong|not right|incorrect|bad|mixed up)$/,
  /^(?:you|u|but you|and you|why you|why u|why did you|why do you)\s+(?:cut|cutted|chop|chopped|change|changed|delete|deleted|lost|lose|miss|missed|mix|mixed|take|took)\s+(?:my|the|his|her|our)\s+(?:words?|answers?|sentences?|text|hope|hopes)(?:\s+(?:up|off|out|again|short))*$/,
  // "you've made it worse", "it's junk", "you've skipped ahead": what was kept, or the question asked, is wrong.
  /^(?:you|u)\s*(?:ve|have|v)?\s+(?:made|making)\s+(?:it|this|that|them|everything)\s+(?:(?:even|much|way|so)\s+)?(?:worse|wrong|a mess|weird)(?:\s+now)?$/,
  // Bare "it is ..." only with words said of what the bot wrote: "its worse now", "it is a mess" answer "what makes this hard?".
  /^(?:it|its|it s|it is|this|this is|thats|that s|that is|that)\s+(?:is\s+)?(?:all\s+|just\s+|total\s+|complete\s+|utter\s+)?(?:junk|garbage|gibberish)$/,
  // Naming the plan or the bot: "the plan is junk", "your plan is a mess", "this bot is nonsense".
  /^(?:the|this|your|ur)\s+(?:plan|draft|bot|chat|answers|list)\s+(?:is|s|are)\s+(?:now\s+)?(?:all\s+|just\s+|total\s+|complete\s+|utter\s+|even\s+|much\s+)?(?:junk|garbage|nonsense|gibberish|a mess|worse|worse now|rubbish)$/,
  /^(?:you|u)\s*(?:ve|have|v)?\s+(?:skipped|skip|jumped|gone|went|moved|rushed)\s+(?:ahead|forward|too far|too fast|past (?:it|that|that one|my answer|a question|one)|a (?:question|bit|step|part))(?:\s+(?:again|there))?$/,
  // "why is that lovely to hear?": the bot's own kind words questioned.
  /^(?:why|y)\s+(?:is|was|s)\s+(?:that|it|this)\s+(?:so\s+)?(?:lovely|good|nice|great|brilliant|fine|ok|okay)(?:\s+to\s+(?:hear|know))?$/,
  // "why sorry?", "why you say sorry": the bot's own sorry questioned.
  /^(?:why|y)\s+(?:you\s+|u\s+|do you\s+|did you\s+)?(?:say\s+)?sorry$/,
  // "your doing it again", "you've done it again": what went wrong before happened once more.
  /^(?:you|u|your|youre|you re|ur)\s+(?:are\s+|r\s+|ve\s+|have\s+)?(?:doing|done|did|gone and done)\s+(?:it|that|this|the same thing)\s+again$/,
  // "i asked you to delete stuff": what they asked for was not done.
  /^i\s+(?:asked|told|wanted)\s+(?:you|u)\s+to\s+(?:delete|remove|take out|get rid of|change|fix)\s+(?:some\s+)?(?:stuff|things|it|that|them|those|something)$/,
  // "i tell you", "i already told you", "i said that already"
  /^i\s+(?:already\s+|just\s+)?(?:tell|told|said)\s+(?:you|u)(?:\s+(?:this|that|it|so|before|already|again))*$|^i\s+said\s+(?:that|this|it)\s+already$/,
];

/**
 * "You asked 'what would it provide' again": the question itself named, asked once more. Read with the message's
 * tail kept (the complaint readers cut "again" off as filler), so only "again", "already", "twice" and the like make
 * it one: "you asked what i want so i said college" is an answer.
 */
export const QUESTION_ASKED_AGAIN = /^(?:you|u)\s*(?:ve|have|v)?\s+(?:already\s+|just\s+|literally\s+)*(?:asked|ask|askd|said)\s+(?:me\s+)?(?:what|how|why|who|when|where|which|do|does|did|is|are|can|could|would|will)\s+(?:[\p{L}\p{N}]+\s+){0,8}?(?:again|already|twice|before|two times|2 times|three times|3 times)(?:\s+(?:now|lol))?$/u;
