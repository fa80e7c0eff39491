import type { FamilyCases } from './ruleCases';

/**
 * Wordings for the rule families that read harm from other people (threats, violence, abuse,
 * exploitation, bullying, control): what each must catch on its own, and ordinary look-alikes it must
 * leave alone. Checked family by family in concernFamilies.test.ts.
 */
export const OTHERS_CASES: FamilyCases = {
  weaponThreats: {
    catches: [
      'my brother pulled a knife on me',
      'a boy said hes bringing a knife in for me tomorrow',
      'they said theyre gonna jump me after school',
      'people keep sending me death threats',
      'he shot me with his bb gun on purpose',
      'someone threw a brick at me at the park',
      'my stepdad says if i tell the social worker he will hurt my dog',
      'if i tell anyone shell put me in care',
      'someone online has my address and keeps saying theyll come and hurt me',
    ],
    leaves: [
      'i use a knife to cut my food',
      'the zombies are gonna jump me in the game',
      'we threw stones in the sea',
      'my friend has my address so she can send me a card',
      'if i tell my mum she will be happy',
      'we shot at targets with a bb gun at cadets',
    ],
  },
  cruelWords: {
    catches: [
      'my mum says she wishes i was never born',
      'mum says she wishes she had aborted me',
      'my dad says im the reason mum left',
      'my mum keeps saying she will put me in care',
      'my foster carer says im evil when she is angry',
    ],
    leaves: [
      'my mum says she wishes i was home more',
      'my dad says im the reason he smiles',
      'my mum says i am funny every day',
      'my carer says she will put me in the car',
    ],
  },
  injuriesSeen: {
    catches: [
      'he came home from respite with bruises on his arms and screams at the door now',
      'she came back from her dads with a burn and wont say why',
      'he comes home from school with finger marks on his wrists most days',
      'marks on his back from the belt',
      'i told the nurse i fell down the stairs. my dad stood next to me',
    ],
    leaves: [
      'he came home from football with a bruise on his knee',
      'she came home from nursery with a scratch from another child and they filled in an accident form',
      'he came home with a medal',
      'i told the nurse i fell off my bike',
    ],
  },
  hurtByStaff: {
    catches: ['the dinner lady pulls my ear', 'my TA pinches my arm when im slow', 'the bus driver shoved me off the step', 'a carer at the respite place was seen shaking him', 'the support worker holds him face down on the floor', 'the teacher keeps slamming my fingers in the door', 'my coach slaps me when i miss', 'the boxing coach punches us in the face when we get it wrong', 'i saw a worker drag a 10 year old along the floor'],
    leaves: ['the teacher hit the ball over the fence', 'my TA pushes my wheelchair to lunch', 'i told my teacher that my brother hits me in games', 'the school nurse says i should pinch my nose', 'the coach pushes me to work harder', 'my teacher holds my hand when we cross the road'],
  },
  assault: {
    catches: ['my mate got shanked last week', 'i got jumped on the way home', 'some lads in town sparked me for nothing', 'people round here want me dead', 'they said they will stab me after school', 'a boy held a lighter to my hair', 'the older boys made me fight a kid while they filmed', 'dad makes me stand outside in the rain till midnight', 'my dad makes me do 200 press ups till im sick', 'he smashes my laptop when he catches me on it'],
    leaves: ['we got battered 5 0 on saturday', 'i got kicked in the shin at football', 'i jumped in the pool', 'this game wants me dead lol', 'i got stabbed with a pencil by accident', 'he held a lighter to the candle', 'the coach makes me do 20 press ups to warm up', 'mum makes me wait outside the shop for a minute', 'i smashed my phone screen when i dropped it'],
  },
  sexualAbuse: {
    catches: ['my uncle touches my privates', 'my ex shared my nudes round the whole school', 'he keeps asking me for nudes', 'my grandad comes in and lies on me', 'he came in the bathroom and watched me', 'Mr Jones lets me get changed in his office and watches me', 'my coach takes photos of me getting changed', 'he makes me sit on his knee and its weird'],
    leaves: ['we had sex education in pshe', 'my mum touches up my hair', 'my dog lies on me when im sad', 'my mum watches me in the swimming pool', 'i get changed in the toilets so nobody watches me', 'i got changed and my friend filmed me dancing', 'mum took photos of me in the bath when i was a baby', 'nan sits me on her knee to read a story'],
  },
  threatsAtHome: {
    catches: ['my dad said he would kill me if i told anyone', "my dad says he'll break my legs if i go to my mums again", 'mum said she would kill me if i lost my phone and she meant it'],
    leaves: ['my dad said he would take me fishing', 'my mum will kill me if i get another detention', 'mum said she would kill me if i was late lol', "my sister says she'll strangle me if i touch her makeup", 'my dad said he would beat me at fifa'],
  },
  exploitation: {
    catches: ['older boys make me sell drugs for them', 'people moved into my flat and they deal from it and wont leave', 'my friend takes my pip money every week', 'my uncle makes me work in his shop every weekend for no money', 'my mates only want me around when i pay for stuff', 'they know my card pin', 'they walk me to the cashpoint every time my benefits go in', 'some men have moved into his flat and there are people there all night', 'they send me to other towns to do jobs', 'they make me go to different towns and stay in flats'],
    leaves: ['my mum looks after my money so i can learn', 'i sell my old clothes online', 'i work in my dads shop on saturdays and he pays me', 'i forgot my pin at the shop', 'i stayed at my friends flat for a sleepover', 'I want to go to college in a different town and stay in the halls', 'i want to move to a different city and get a job'],
  },
  domesticAbuse: { catches: ['my dad punches my mum', 'my boyfriend checks my phone and hits me', 'im scared of my boyfriend', 'i cant have friends round because dad might kick off at mum'], leaves: ['my boyfriend is kind and takes me to the cinema', 'my parents argue about the washing up'] },
  harmFromOthers: {
    catches: ['my mum hits me with a slipper', 'my step mum locks me in my room', 'i dont feel safe at home', 'i have a split lip from my older brother', 'he booted me in the ribs', 'she held my hand under the hot tap', 'the teacher grabbed her by the neck', 'i get shut in the cupbord when im bad', 'the bruises on my legs are from my mums boyfriend', 'i want to not get kicked under the table at tea, my brother does it', 'he leaves me notes about hurting me if i tell', 'she puts notes in my bag about hurting me', "he says he'll hurt me if i tell", 'she texts me saying she will batter me', 'they hurt me back at home', 'i hit him and he hurt me back'],
    leaves: ['i hit the ball over the fence', 'my brother beat me at chess', 'nobody hurts me at home', 'it hurts me when i walk far', 'i got kicked in football and my brother laughed', 'did you make a note about hurting me', 'why is there a note about abuse', 'she leaves me notes about my homework', 'ive hurt me back', 'i hurt me back lifting boxes', 'ive sprained me ankle'],
  },
  fearAtHome: {
    catches: ['i listen at the door to hear what mood he is in', 'you never know what dad will be like when he gets in', 'i keep quiet or it gets worse', 'my dad says hell give me something to cry about', 'if im late i get the belt', 'mum told me to say i fell', 'i am good at hiding the bruises', 'i cant leave my mum alone with him', 'i stay out so im not home when my stepdad gets in', 'i flinch when people move fast', 'if your dad hits you with a belt is that allowed', "he's scared of his dad's belt", 'she is frightened of her step dads temper', 'im scared of the slipper'],
    leaves: ['i check what mood the dog is in', 'i get the bus to school', 'i fell off my bike and hurt my knee', 'the bruises from football are fading', 'i cant leave my dog alone for long', 'he is scared of the seat belt in the car', 'i get the early bus so im home when my dad gets in', 'she is frightened of the conveyor belt at the airport', "he's scared of the hand dryer"],
  },
  bullying: {
    catches: ['i always get excluded from the group chat', 'i get excluded by the other girls at lunch', 'kids at school call me names', 'they laugh at me and push me around', 'people spread rumours about me', 'the girls in my class are always horrible to me at break', 'the lads at cadets keep calling me a freak', 'i dont want to go to school because of the older boys', 'they took my glasses and laughed', 'someone keeps writing kill yourself under my posts', 'they copy the way i talk', 'they made a new group chat without me', "some boys in year 10 keep hurting the new kid and i think i'm next", 'they beat up a boy in my class yesterday and they said im next', 'the year 11s keep picking on the quiet kids, im scared im next'],
    leaves: ['we have anti bullying week at school', 'my friends and i laugh at funny videos', 'my sister was mean to me once about my hair', 'i took my glasses off for the photo', 'i dont want to go to school because of the exams', 'i left the group chat because it was too noisy', 'wouldnt get excluded again. could do the garage thing', 'i got excluded for fighting last year', 'boys in year 10 keep hurting the new kid, I told Miss', 'the teacher picked on jake to read and i think im next to read', 'we hit the pinata and i think im next'],
  },
  toldNotToTell: {
    catches: ['im not supposed to tell about the games uncle plays with me', 'the tickling he does under the covers', 'i hate going to nans because of what my uncle does'],
    leaves: ['im not allowed to tell about the surprise party', 'we play games under the blanket fort', 'i like going to nans because of what she cooks'],
  },
  afterViolence: {
    catches: ['the police came round again last night', 'my step dad kicked the bedroom door in', 'i can hear my mum screaming downstairs', 'we went back to the refuge again cos of him'],
    leaves: ['the police came to school to talk about bikes', 'my brother kicked the ball at the door', 'i can hear my mum singing', 'my aunt works at a womens refuge'],
  },
  unwantedTouch: {
    catches: ['i told him no but he didnt stop', 'i didnt want to and he carried on anyway', 'my uncle touches my front bottom when we are alone', 'the man next door rubbed my willy'],
    leaves: ['i didnt want to go but he kept going on about it so i went', 'i told her no and she stopped', 'mum puts cream on my front bottom for the rash', 'i touched my toes in pe'],
  },
  moneyTaken: {
    catches: ['her support worker uses her bank card to buy his own stuff', 'he takes all of my pip and i never see any of it', 'my sons wages go into his girlfriends account', 'they make me give everything i earn', 'she has never seen a penny of her benefits'],
    leaves: ['mum keeps my bank card safe so i dont lose it', 'i use my bus pass to get to college', 'my wages go into my own account', 'her benefits go into her own account now'],
  },
  errands: {
    catches: ['they send me out county on weekends', 'i keep packages for the olders', 'i hide things in my socks cos police wont search girls', 'i do runs for the older lads after school', 'he gives me £50 to keep a bag at mine and not look in it lol', 'my mate asked me to look after a box for him and not open it'],
    leaves: ['i go to county trials for swimming', 'i carry my nans shopping for her', 'i keep my lunch money in my sock', 'the police came to talk about road safety', 'i hold the bag for my nan when we go shopping'],
  },
  partnerControl: {
    catches: ['my girlfriend hides my phone until i say sorry', 'my partner took my bank card and says i only get it back if i stay in', 'i stay home to protect my mum from her husband', 'my mum and her boyfriend argue every night and its getting violent', 'dad screams at her and then grabs her by the hair'],
    leaves: ['my boyfriend took my phone to fix the screen', 'i want to protect my mum from stress', 'my mum and dad argue about the telly sometimes', 'my sister pulls her hair back for netball'],
  },
  marksLeft: {
    catches: ['there were finger marks on his arm after the weekend', 'she came home with a hand print across her face', 'belt marks on my legs'],
    leaves: ['there were finger marks on the window', 'we did hand prints in paint at nursery', 'she got good marks in maths'],
  },
  peerCruelty: {
    catches: ['someone filmed me having a meltdown and put it on tiktok', 'they copy my tics in every lesson', 'im the only one in my class not invited', 'they take my bag every day and throw it in the bin', 'they whisper about me in front of me on purpose'],
    leaves: ['mum posted a photo of me at my prom', 'my tics are worse when im tired', 'i was the only one who got picked for the team', 'my brother takes my charger every day lol'],
  },
  heldOntoHarm: {
    catches: [
      'he held my hand on the burning pan',
      'she held my hand on the hob',
      'he pushed my hand onto the cooker',
      'he pressed my arm against the radiator',
      'he held me against the radiator',
      'he made me put my hand on the hob',
      'they pressed a lighter to my arm',
      'he held a hot spoon to my leg',
      'he pushed my hand onto the knife',
      'my stepdad held my hand in the hot water',
      'i told my mum and he held my hand on the cooker',
    ],
    leaves: [
      'I burnt my hand on the pan cooking',
      'i put my hand on the hot pan by accident',
      'he held my hand when I crossed the road',
      'mum held my hand on the way to school',
      'he held my hand on the pan',
      'mum held my hand on the knife to show me how to cut',
      'dad held my hand under the cold tap after i burnt it',
      'she held my hand over the fire to keep it warm',
      'mum put my hands in the hot water to wash them',
      'the teacher put me next to the radiator in class',
      'mum helps me hold the pan when we cook',
      'when i mess up i go home and hold my arm against the iron',
    ],
  },
};
