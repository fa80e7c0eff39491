import type { GlobalCommand } from './commands';

/**
 * Sentences that ask for a command in more words than its phrase: "can we go back to the question
 * before", "tea's ready, can we stop and do the rest tomorrow", "is there a person I can speak to
 * instead". Each pattern must cover a whole clause (after polite wrapping is removed), so a
 * command word inside an answer ("to go back to swimming club", "stop playing games", "talk to a
 * person at the job centre") never matches.
 */
const LATER = '(?:later|tomorrow|another (?:time|day)|next time|after|tonight|in a bit|soon)';
/** What is kept so far, as people name it: "my draft", "the plan", "my hopes list", "what uve got". */
const KEPT =
  '(?:(?:my|the|our|your|all my|all the) (?:draft|plan|draft plan|answers|hope list|hopes list|list of hopes|progress|work|plan so far)|what (?:you|u|youve|uve|you have|u have|weve|we have|ive|i have) (?:got|kept|written|put|saved)(?: down)?(?: for me)?|(?:the|my|our|his|her|their|all the) (?:list|lists)(?: (?:you|u) (?:have |ve )?(?:got|kept|written|put|saved)(?: down)?)?|(?:the|my|our|his|her|their|all the) (?:hopes|needs|hopes and needs) (?:you|u) (?:have |ve )?(?:got|kept|written|put|saved)(?: down)?|what (?:hopes|needs|answers|things) (?:you|u|youve|uve|you have|u have|have you|did you) (?:got|kept|written|put|saved)(?: down)?)(?: (?:again|so far|now|please|then))*';
const ABOUT_CHAT = '(?:the |this |that |my |your )?(?:question|questions|one|bit|answer|answers|step|page|chat|plan|draft)';

export const COMMAND_INTENTS: ReadonlyArray<readonly [GlobalCommand, RegExp]> = [
  ['help', new RegExp(`^(?:can you |could you |please )?explain(?: (?:it|this|that|what .*(?:mean|means|meant)|the question|${ABOUT_CHAT}))?(?: again| more| please| to me)*$`)],
  ['help', /^(?:what|wat|wot) (?:does|do|is) (?:that|this|it|you|the question|this question|that question)(?: mean| means| meaning| asking| want)?(?: by that)?$/],
  // Typed fast and spelt by ear, "does" goes and "that" is "dat": "wot dat mean", "wat dis mean". The
  // word "mean" is then needed, so "what that" or "what it" alone stays an answer.
  ['help', /^(?:what|wat|wot|wht|whut) (?:(?:does|dose|duz|dus|do|is) )?(?:that|dat|tha|thad|this|dis|it|dem|the question|that question|this question) (?:mean|meen|mena|means|meens|meaning)(?: by (?:that|dat))?$/],
  ['help', /^(?:i )?(?:dont|do not|cant|cannot) (?:understand|get|follow)(?: (?:it|this|that|what you mean by (?:this|that|it)|what you mean|what (?:you|this|that|it) (?:mean|means|want)|the question|this question|what to do|what you are asking|what your asking))?$/],
  ['help', /^(?:what|how) (?:do|should|am) (?:i|we) (?:supposed to )?(?:do|say|put|write|answer)(?: here| now| next)?$/],
  // "whats the diffrence between them", "what is the difference between standard and easy read": typed quickly, often misspelt.
  ['help', /^(?:(?:so|um|erm|ok|and|but|sorry)\s+)*(?:whats|what is|what are|wots|wats|wat is|what s) (?:the )?(?:difference|diffrence|differance|diffrance|difrence|diference|diff)(?: between (?:them|the two|the buttons|those|these|(?:standard|normal)(?: words)? and easy ?read|easy ?read and (?:standard|normal)(?: words)?))?$|^(?:which one|which is) (?:should i (?:pick|choose)|is (?:best|better|easier))$|^(?:wdym|what do you mean|what do u mean|wym)$/],
  ['back', new RegExp(`^(?:wait |oops |sorry |no )*(?:go|going|take me|take us|can we go|step) back(?: (?:a|one) (?:question|step|bit)| to (?:the )?(?:last|previous|earlier|other) ${ABOUT_CHAT}| to ${ABOUT_CHAT} before| to the one before| one| again)?(?: (?:i|we|cos|because|as) .*(?:wrong|mistake|again|change|typo|meant).*)?$`)],
  ['back', /^(?:i )?(?:made a mistake|got (?:the|that) (?:last )?one wrong|typed (?:it|that) wrong)(?: (?:on|in) the last (?:one|question))?(?: go back| can i change it)?$/],
  ['skip', new RegExp(`^skip(?: (?:this|that|it|the))?(?: one| question| bit)?(?: (?:for now|please|pls|thanks|for a bit|if thats ok))*$`)],
  ['skip', /^(?:next|move on|pass)(?: (?:question|one|please|pls))*$|^(?:i )?(?:dont|do not) want to answer(?: (?:this|that|it))?(?: one| question)?(?: (?:right )?now)?$/],
  // "i want to go on to the next one", "can we get on to the next hope", "move on to the other hope": on to the next, never "move on to college";
  // a bare "carry on" is the offered choice to carry on with the question interrupted, not a skip.
  ['skip', /^(?:(?:can|could|shall) (?:we|i|u) |(?:i|we) (?:want|wanna|would like|need) to |lets |let s |please )?(?:(?:move|get) on(?: to (?:the )?next(?: (?:one|question|hope|bit|thing|part|goal|outcome|dream|step))?| to (?:the|my|his|her|their) other (?:hope|dream|goal|one))?|(?:go|carry) on to (?:the )?next(?: (?:one|question|hope|bit|thing|part|goal|outcome|dream|step))?|(?:go|carry) on to (?:the|my|his|her|their) other (?:hope|dream|goal))(?: (?:please|pls|now|then|thanks))*$/],
  ['skip', /^(?:(?:can|could|shall) (?:we|i|u) (?:do |go to |have )|lets do |(?:do|go to) )?(?:the )?next (?:one|hope|goal|outcome|dream)(?: (?:please|pls|now|then|thanks))*$/],
  ['notSure', /^(?:im |i am |i m )?(?:not (?:really |too |so |that |very )?sure|unsure)(?: what (?:to|he|she|they|i|we|you) .*| how to (?:say|answer|put) it| about (?:this|that|it)| tbh| really| to be honest| yet)?$/],
  ['notSure', /^(?:i )?(?:dont|do not|dont really|really dont) (?:know|no)(?: what to (?:say|put|write|answer)| what (?:he|she|they) (?:would|might|wants?) .*| really| tbh| yet)?$/],
  // "idk what to put, you do it", "can you write it for me": they do not know what to say; never their answer.
  ['notSure', /^(?:(?:idk|i dont know|i do not know|dunno|not sure)(?: what to (?:put|say|write))?,? )?(?:(?:can|could) (?:you|u) |(?:you|u) )(?:do|write|say|put) it(?: for me)?(?: (?:please|pls))?$|^(?:please )?write it for me(?: (?:please|pls))?$/],
  ['stop', new RegExp(`^(?:i |we )?(?:have|need|got|gotta|want|have got) to (?:go|stop|leave)(?: now| soon| for now| in a (?:minute|bit))?$`)],
  ['stop', new RegExp(`^(?:stop|pause|save)(?: (?:it|this|here|there|now|for now|for today|my answers|it all|everything))*(?: and (?:i will |ill |we will |well |i can |we can )?(?:do|finish|carry on|come back|continue|save|pick (?:it )?up)(?: (?:it|the rest|this|again))*(?: ${LATER})?)?(?: (?:so (?:i|we) can (?:finish|come back|carry on).*))?$`)],
  // "stop the chat please", "can we end the conversation now": the chat itself is named.
  ['stop', /^(?:(?:can|could) (?:i|we) |i (?:want|wanna|need|would like) to |lets )?(?:stop|end|finish|quit|leave|close) (?:the |this |our )?(?:chat|chatting|talking|conversation|session)(?: (?:for now|now|for today|please|pls|thanks))*$/],
  ['stop', new RegExp(`^(?:(?:can|could) (?:you|u) )?save (?:it|this|my answers|my progress|everything)(?: (?:so|and) .*${LATER}.*| please)?$`)],
  ['stop', new RegExp(`^(?:finish|do (?:it|the rest|this)|carry on|continue|come back)(?: (?:it|this|the rest))? ${LATER}$`)],
  ['resume', /^(?:(?:i )?(?:have|ve got|got|had)|ive got|ive|theres) (?:a |my |the |an? old )?(?:resume |save |saved )?code(?: (?:from|to) (?:last time|before|come back)| already| here)?$/],
  ['resume', /\b(?:gave|given|got|had|have) (?:me )?(?:a |my |the )?code\b.*\b(?:before|last (?:time|week|month|year|night)|yesterday|come back|carry on|continue|earlier|already)\b|\b(?:before|last (?:time|week|month|year|night)|yesterday|already started)\b.*\b(?:gave|given|got|have) (?:me )?(?:a |my |the )?code\b/],
  ['startAgain', /^(?:start|begin|do)(?: (?:it|this|the plan|everything))?(?: all)? (?:again|over|afresh|from (?:the )?(?:beginning|start|scratch|top))(?: again| from (?:the )?(?:beginning|start))?$/],
  ['easyRead', /^(?:use|give me|switch to|change to|go to|make it|put it in|do|turn on|can i have|i need|i want|try)? ?(?:the )?(?:easy read|easyread|(?:easier|simpler|simple|easy|shorter|plainer|plain)(?: (?:words|english|version|mode|language|read|sentences|wording))+)(?: please)?$|^(?:use|give me|switch to|change to|make it|put it in|turn on|can i have|i need|i want|try) (?:the )?(?:easier|simpler|shorter|plainer)(?: one| version)?$|^(?:make it|say it|talk|write)(?: in)? (?:easier|simpler|more simply|simply|easy|shorter)(?: words| please)?$/],
  // "i cant read long words", "the words are too long", "make it shorter", "smaller words": how the bot writes is too hard to read.
  ['easyRead', /^(?:make (?:it|them|the words|the sentences|your (?:words|messages|sentences))|say it|write it|put it)(?: (?:a bit|a lot|way|much))? (?:shorter|smaller|simpler|easier|easy|simple|short)(?: to read| words| sentences)?$|^(?:(?:use|write|talk|type|say it) (?:in |with )?|(?:i want|i need|give me|can i have|can i get|with) )?(?:shorter|smaller|small|short|little|fewer|less|simpler|easier|plainer|basic|easy|simple) (?:words|sentences|messages|writing|text|bits)$|^(?:shorter|smaller|short) (?:one|ones|version|please)$|^shorter$/],
  ['easyRead', /^(?:i |sometimes i |but i )?(?:cant|cannot|can not|dont|do not|struggle to|find it hard to|find it hard too) (?:read|understand|get)(?: (?:all|so many|too many|these|the|your|big|long|hard|the long|the big|the hard|difficult))* (?:words|sentences|messages|writing)(?: (?:very )?(?:well|good|properly))?(?: (?:sorry|tbh))?$|^(?:the |your |these |ur )?(?:words|sentences|messages|questions) (?:are |r )?(?:too|so|way too|really) (?:long|hard|big|difficult|tricky|many)(?: (?:for me|to read))?$|^(?:long|big|hard) words (?:are |r )?(?:too )?(?:hard|difficult|tricky|confusing)(?: for me)?(?: to read)?$|^(?:its|this is|that is|thats|it is|its all) too (?:hard|much|long|many words) (?:to read|for me)$/],
  ['standard', /^(?:you can )?(?:go back to|switch (?:back )?to|change (?:back )?to|use|back to|give me|turn off easy read and use)? ?(?:the )?(?:standard|normal|regular|proper|usual|longer)(?: (?:words|english|version|mode|language|wording))+(?: (?:again|back|now))?$|^(?:go |switch |change )?back to (?:the )?(?:normal|standard)(?: one| way| words)?$/],
  ['showDraft', /^(?:(?:see|show|tell|read|remind)(?: me| us)? )?(?:what (?:have|did|ive|weve|i have|we have|i|we) ?(?:i |we )?(?:put|said|say|written|write|done|told you|got|typed|answered)|(?:see|show|view|look at|read|check)(?: me)? (?:my|the|our|what i have) (?:draft|plan|answers|progress|work))(?: so far| now)?$/],
  // "can i see my draft again", "show me my hopes list", "can i see what uve got so far", "my draft plan":
  // what is kept, named as the draft, plan, answers or hopes, or as what the bot has got.
  ['showDraft', new RegExp(`^(?:(?:can|could|may) (?:i|we|you|u) |please |let me |(?:i|we) (?:want|need|would like) to |id like to )?(?:see|show|view|look at|have a look at|read|check)(?: (?:me|us))?(?: again)? ${KEPT}$|^(?:my|the|our) (?:draft|plan|draft plan|hopes list|list of hopes)(?: again| so far)?$|^what (?:have |has )?(?:you|u|youve|uve|you have|u have|the bot) (?:got|kept|written|put|saved)(?: down)?(?: for me| about me)?(?: so far| now)?$`)],
  // "show me", "show me what you kept", "let me see it": the plan so far.
  ['showDraft', /^(?:(?:please|pls|ok|okay|now|then|so) )*(?:(?:can|could) (?:you|u) )?(?:show|shw) (?:me|us)(?: (?:it|them|that|what you (?:kept|have|wrote|put|got)|what is kept|the words|the list|my list|the lists))?(?: (?:please|pls|now|again))*$/],
  // "can i see the whole thing its cut off", "show me all of it": the plan so far, in full.
  ['showDraft', /^(?:(?:can|could|may) (?:i|we|you) |please |let me )?(?:see|show|read|view|look at)(?: me| us)? (?:the |my |it )?(?:whole|full|all|rest|everything|every thing)(?: (?:thing|of it|plan|draft|list|page|message|it|of the plan|of my plan))?(?: please| again)?(?: (?:its|it s|it is|its been|it got|it was) cut(?: off| short)?)?(?: please)?$|^(?:its|it s|it is|the (?:plan|draft|list|message|page|writing) (?:is|got)|its been|it got) (?:all )?cut (?:off|short)$/],
  ['deleteData', /^(?:you )?(?:delete|remove|erase|wipe|clear|get rid of|destroy)(?: (?:all|everything|all of|it all|all my|my|the|your|of))+(?: (?:data|info|information|details|answers|stuff|things|records|it|everything))?(?: (?:about me|you have|you kept|you have kept|from (?:your|the) (?:system|computer|records|database)))*$/],
  ['talkToPerson', /^(?:is there|are there|can i have|can i get|i need|i want)? ?(?:a|an|any|some)? ?(?:real |actual |proper )?(?:person|human|adult|someone|somebody|people)(?: (?:i can|to|who i can|that i can|we can))? (?:talk|speak|chat)(?: to| with)?(?: instead)?$/],
  ['talkToPerson', /^(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:real |actual )?(?:person|human|someone|somebody|adult)(?: instead)?(?: not (?:a |the )?(?:computer|bot|robot|machine|you))?$/],
];

/** Clauses that only say why: "tea's ready", "not a computer", "easy read is too babyish for me". */
export function recogniseIntent(core: string): GlobalCommand | null {
  for (const [command, re] of COMMAND_INTENTS) if (re.test(core)) return command;
  return null;
}
