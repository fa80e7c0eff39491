/**
 * Wordings for the rule families of harm by others, neglect, bullying, exploitation and other risks
 * (src/language/concernRules): what each must catch on its own, and ordinary look-alikes it must leave alone.
 * Checked family by family in concernFamilies.test.ts.
 */
export const HARM_CASES: Record<string, { catches: string[]; leaves: string[] }> = {
  punishments: {
    catches: [
      'my step mum makes me kneel on rice when im naughty',
      'dad makes me stand in the corner all night',
      'when i wet the bed i have to sit in a cold bath',
      'she makes me eat soap when i swear',
      'my teacher puts tape over my mouth',
      'my uncle holds my head under the cold tap',
      'he sits on my chest and i cant breathe',
      'the staff put him in a headlock when he is upset',
      'the dinner lady twists my ear when i drop food',
      'my mum stamps on my feet when im bad',
      'dad throws me against the wall',
      'they restrain me face down most days',
      'the carer shut her in a dark bathroom as a time out',
      'the staff tie my arms to my wheelchair',
      'my dad pulls me by my ear up the stairs',
      'she has a red handprint on her leg after the childminders',
    ],
    leaves: [
      'i knelt on the floor to do my painting',
      'i stand in the corner of the playground with my friends',
      'i like a cold shower after football',
      'i put hot sauce on my chips',
      'i put tape over the hole in my bag',
      'i hold my head under the water when i swim',
      'my cat sits on my chest in the morning',
      'my mate got me in a headlock at lunch but we were messing about',
      'i twisted my ankle in pe',
      'someone stood on my foot in the queue by accident',
      'i tie my hair back for pe',
      'we did handprints on the wall at nursery',
    ],
  },
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
  careWithheld: {
    catches: ['mum cancelled my operation twice', 'dad stopped giving me my medication', 'the doctor said i need glasses but we never went back', 'i havent had a check up in three years', 'i dont get dinner most nights', 'havent had a proper meal since tuesday', 'the only proper food i get is at school', 'my shoes are too small and my feet bleed', 'we have no pads so i use tissue', 'no lights work in our flat', 'im on my own most nights till really late', 'its just me and my baby sister, i change her nappies', 'the heating has been off since november', 'mum was too drunk to drive me to hospital', 'im sick of being hungry', 'mum forgets to collect me from school all the time', 'dad leaves me on my own from friday to sunday', 'i was home alone for 4 days'],
    leaves: ['mum cancelled my appointment because i was ill and booked another', 'the doctor stopped my medication because i got better', 'i havent had dinner yet', 'the only food i like is pasta', 'my shoes are too small so we are buying new ones', 'i dont have a coat with me today', 'the lights dont work in the school hall', 'i help mum change my baby sisters nappies', 'the heating was off for an hour this morning', 'im sick of being asked what i want to be', 'mum forgot to collect my prescription but got it the next day', 'i was home alone for an hour'],
  },
  sexualAbuse: {
    catches: ['my uncle touches my privates', 'my ex shared my nudes round the whole school', 'he keeps asking me for nudes', 'my grandad comes in and lies on me', 'he came in the bathroom and watched me'],
    leaves: ['we had sex education in pshe', 'my mum touches up my hair', 'my dog lies on me when im sad', 'my mum watches me in the swimming pool'],
  },
  threatsAtHome: {
    catches: ['my dad said he would kill me if i told anyone', "my dad says he'll break my legs if i go to my mums again", 'mum said she would kill me if i lost my phone and she meant it'],
    leaves: ['my dad said he would take me fishing', 'my mum will kill me if i get another detention', 'mum said she would kill me if i was late lol', "my sister says she'll strangle me if i touch her makeup", 'my dad said he would beat me at fifa'],
  },
  exploitation: {
    catches: ['older boys make me sell drugs for them', 'people moved into my flat and they deal from it and wont leave', 'my friend takes my pip money every week', 'my uncle makes me work in his shop every weekend for no money', 'my mates only want me around when i pay for stuff', 'they know my card pin', 'they walk me to the cashpoint every time my benefits go in', 'some men have moved into his flat and there are people there all night'],
    leaves: ['my mum looks after my money so i can learn', 'i sell my old clothes online', 'i work in my dads shop on saturdays and he pays me', 'i forgot my pin at the shop', 'i stayed at my friends flat for a sleepover'],
  },
  domesticAbuse: { catches: ['my dad punches my mum', 'my boyfriend checks my phone and hits me', 'im scared of my boyfriend', 'i cant have friends round because dad might kick off at mum'], leaves: ['my boyfriend is kind and takes me to the cinema', 'my parents argue about the washing up'] },
  harmFromOthers: {
    catches: ['my mum hits me with a slipper', 'my step mum locks me in my room', 'i dont feel safe at home', 'i have a split lip from my older brother', 'he booted me in the ribs', 'she held my hand under the hot tap', 'the teacher grabbed her by the neck', 'i get shut in the cupbord when im bad', 'the bruises on my legs are from my mums boyfriend', 'i want to not get kicked under the table at tea, my brother does it'],
    leaves: ['i hit the ball over the fence', 'my brother beat me at chess', 'nobody hurts me at home', 'it hurts me when i walk far', 'i got kicked in football and my brother laughed'],
  },
  fearAtHome: {
    catches: ['i listen at the door to hear what mood he is in', 'you never know what dad will be like when he gets in', 'i keep quiet or it gets worse', 'my dad says hell give me something to cry about', 'if im late i get the belt', 'mum told me to say i fell', 'i am good at hiding the bruises', 'i cant leave my mum alone with him', 'i stay out so im not home when my stepdad gets in', 'i flinch when people move fast', 'if your dad hits you with a belt is that allowed', "he's scared of his dad's belt", 'she is frightened of her step dads temper', 'im scared of the slipper'],
    leaves: ['i check what mood the dog is in', 'i get the bus to school', 'i fell off my bike and hurt my knee', 'the bruises from football are fading', 'i cant leave my dog alone for long', 'he is scared of the seat belt in the car', 'i get the early bus so im home when my dad gets in', 'she is frightened of the conveyor belt at the airport', "he's scared of the hand dryer"],
  },
  neglect: {
    catches: [
      'there is never any food at home',
      'no one takes me to the dentist',
      'my hearing aid has been broken for months and nobody fixes it',
      'me and my little sister stay on our own till morning',
      'they went on holiday and left me and my brother with no money',
      'i have to look after my baby brother at night while mum goes out',
      'i have to go to my neighbours for food',
      'my medication ran out three weeks ago and my dad has not got more',
      'i have had nits for ages and my mum says she cant be bothered with it',
      'no heating no hot water',
      'dads not been home for like a week',
      'mum dont give me my tablets for my fits',
      'left alone all day',
      'im left on my own every night',
      'no one helps me wash',
    ],
    leaves: ['i want to learn to cook my own tea', 'i go to the dentist every six months', 'i stayed on my own until 6 while mum was at the shop', 'they went on holiday and left me with my nan', 'mum says we cant go to the dentist till tuesday', 'the fridge is empty because we go shopping tomorrow', 'my inhaler ran out so i got a new one from the chemist', 'he can be left alone for an hour now', 'help gets less each week until he does it alone'],
  },
  absentCare: {
    catches: [
      'mum never collected my inhaler from the chemist',
      'dad keeps forgetting my tablets for days',
      'the chemist keeps ringing but nobody picks up her insulin',
      'mum hasnt come home since saturday',
      'i dont know where my dad went, he went out on tuesday and',
      'dad is too drunk to get up and take me to school',
      'i was home alone for four days',
      'the only hot meal i get is at school',
      'theres nothing for tea again',
      'i have no clean socks for school',
      'nobody brushes my hair',
      'the flat is filthy and it smells and theres mice',
      'i havent got a toothbrush at home',
      'my nappy isnt changed till lunch',
      'the hospital sends letters but dad bins them',
      'mum left on thursday and its sunday',
      'i have had the same uniform since year 3',
    ],
    leaves: ['mum forgot my inhaler but she brought it at lunch', 'dad collected my glasses from the opticians', 'mum came home late from work', 'i was home alone for an hour while mum went to the shop', 'the only food i hate is fish', 'my room is messy but mum makes me tidy it', 'i dont know where my dad put the remote'],
  },
  bullying: {
    catches: ['i always get excluded from the group chat', 'i get excluded by the other girls at lunch', 'kids at school call me names', 'they laugh at me and push me around', 'people spread rumours about me', 'the girls in my class are always horrible to me at break', 'the lads at cadets keep calling me a freak', 'i dont want to go to school because of the older boys', 'they took my glasses and laughed', 'someone keeps writing kill yourself under my posts', 'they copy the way i talk', 'they made a new group chat without me'],
    leaves: ['we have anti bullying week at school', 'my friends and i laugh at funny videos', 'my sister was mean to me once about my hair', 'i took my glasses off for the photo', 'i dont want to go to school because of the exams', 'i left the group chat because it was too noisy', 'wouldnt get excluded again. could do the garage thing', 'i got excluded for fighting last year'],
  },
  other: {
    catches: [
      'my parents are making me marry my cousin in the summer',
      'my aunt says i will be cut like the other girls in our family',
      'a man online says i should join them and fight for the cause',
      'i ran away from home last night',
      'i have nowhere to sleep tonight',
      'i drink vodka every morning before school',
      'im addicted to crack',
      'right now im in a night shelter',
      'my sister is being married to a man she has never met',
      'they are planning his wedding abroad and he doesnt understand what married means',
      'we are going to somalia this summer and my aunties will do the thing to me',
      'they said bring a knife to the meeting',
      'the man online says the shooter was a hero and i could be one too',
    ],
    leaves: ['my cousin is getting married next year', 'i want to run a marathon', 'we learned about fgm in pshe', 'i could do more on my own', 'im addicted to my phone', 'i volunteer at a night shelter'],
  },
  leavingHome: {
    catches: ['im sleeping in the car park behind the shops', 'me and mum live in our car now', 'got kicked out last week, staying wherever', 'the police keep finding me miles from home at night', 'i run off and hide in the woods all night', 'i have been living on mates sofas since christmas'],
    leaves: ['we slept in a tent on our camping holiday', 'i got kicked out of the game for lagging', 'mum and dad live in different houses', 'i ran away from my brother in a game of tag', 'we live in a flat near the park'],
  },
  substanceUse: {
    catches: ['i drink my dads vodka when hes at work', 'i take cough medicine for the high', 'a couple of cans and a joint every day helps', 'got so wasted i woke up in hospital'],
    leaves: ['i drink my dads orange juice', 'i took cough medicine for my cold', 'my dad has a few cans when the football is on', 'i woke up in hospital after my operation'],
  },
  endingWishes: {
    catches: ['honestly id be better off dead', 'when im dead at least mum gets some peace', 'i just need the guts to go through with it properly', 'i want to get thinner and thinner until theres nothing left of me'],
    leaves: ['id be better off at a different college', 'when im dead tired i go to bed early', 'i need the courage to do it, speaking in assembly is scary', 'we ate the cake until there was nothing left'],
  },
  meansReady: {
    catches: ['i have enough of mums painkillers hidden now', 'last night i tried to stop my breathing', 'i just want to get to summer without doing something stupid to myself', 'ive decided tonight is the day', 'i waded into the river and wanted to keep walking', 'my wrists are a mess'],
    leaves: ['i have enough of my pocket money saved now', 'i tried to stop my breathing going fast by counting', 'i did something stupid in maths today', 'ive decided tonight is pizza night', 'we walked into the sea and it was freezing', 'my room is a mess'],
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
  careMissing: {
    catches: ['ive never been to a dentist', 'he hasnt been to the doctor in his whole life', 'theres no running water at ours', 'nobody came to pick me up after the school trip', 'we hardly ever have food in', 'im hungry in the holidays cos there are no school dinners', 'she plays outside alone till dark, shes only three', 'his feeds ran out and she says just wait till next week'],
    leaves: ['i havent been to the dentist this year yet', 'the water was off for an hour while they fixed the pipe', 'mum came to pick me up after the trip', 'we have food in the freezer', 'she can play in her room alone now, shes 12', 'the printer ink ran out'],
  },
  peerCruelty: {
    catches: ['someone filmed me having a meltdown and put it on tiktok', 'they copy my tics in every lesson', 'im the only one in my class not invited', 'they take my bag every day and throw it in the bin', 'they whisper about me in front of me on purpose'],
    leaves: ['mum posted a photo of me at my prom', 'my tics are worse when im tired', 'i was the only one who got picked for the team', 'my brother takes my charger every day lol'],
  },
  medicalCareMissed: {
    catches: ['i have a lump and no one will take me to the doctors', 'my son hasnt seen a doctor about his seizures because his dad wont take him', 'mum says dentists are a waste of money', 'i just cant face taking her to the GP', 'nobody has ever taken me to the opticians'],
    leaves: ['mum takes me to the dentist every six months', 'i havent been to the dentist this year yet', 'i want to be a doctor', 'my dad took me to the hospital when i broke my arm'],
  },
  keptUnclean: {
    catches: ['i have nits and no one sorts them', 'my nappies dont get changed enough and i get sore', 'i wear the same clothes all week', 'my teeth are all black and they hurt', 'my bed has no sheets and the mattress is wet'],
    leaves: ['a girl keeps spreading that i have nits and now nobody will be my partner', 'mum changes his nappy before nursery', 'i wear the same hoodie a lot because i love it', 'my teeth are white after the dentist'],
  },
  homeUnfit: {
    catches: ['its freezing in my house, we dont have heating', 'there are mice in my bedroom and nobody does anything', 'our house is full of rubbish and dog poo', 'there are needles and bottles all over our kitchen', 'the electric ran out and we have been in the dark for days'],
    leaves: ['we had no hot water for a day when the boiler broke', 'we have no heating at school today so we wear coats', 'i have pet rats in my bedroom', 'i hate needles at the doctors'],
  },
  nothingToWear: {
    catches: ['i dont have a coat and its winter', 'i have holes in my shoes', 'he hasnt got any shoes that fit'],
    leaves: ['i dont have a coat for the wedding yet', 'i have holes in my jeans, its the fashion', 'he has new shoes for school'],
  },
  nobodyWatching: {
    catches: ['nobody knows where i am at night and nobody asks', 'nobody wakes me up for school so i just miss it', 'my baby brother cries all night and no one goes to him', 'i go to bed when i want, no one bothers'],
    leaves: ['i keep going missing overnight and nobody knows where i go', 'nobody knows where i am going to college yet', 'mum wakes me up for school every day'],
  },
  foodFound: {
    catches: ['i eat out of the bins sometimes', 'i have to steal food from the shop because there is nothing to eat', 'there is never anything in the fridge', 'i dont hav food at home', 'i have breakfast club and thats my only meal'],
    leaves: ['people steal my lunch and then tell me to eat out of the bin', 'there is nothing to eat that i like at the canteen', 'we threw the food in the bin after the party', 'breakfast is my favourite meal'],
  },
  otherRisks: {
    catches: ['i have cider in the toilets at school every lunch', 'i think i have a problem with ket', 'my uncle says im getting married in the summer and im 15', 'im marrying a man my parents chose, its already decided', 'i dont really live anywhere at the moment', 'the hostel is full of drunk men and i dont feel safe', 'some religions should be wiped out'],
    leaves: ['i drink water at school every lunch', 'i had a problem with my maths homework', 'my sister got married when she was 25', 'i want to live somewhere near the sea', 'we stayed in a hostel on the trip', 'some sweets should be banned'],
  },
};
