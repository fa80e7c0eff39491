import type { FamilyCases } from './ruleCases';

/**
 * Wordings for the rule families that read harm said in passing or in plain everyday words
 * (stoppingTheHarm to weddingNotWanted in src/language/concernRules): what each must catch on its
 * own, and ordinary look-alikes it must leave alone. Checked family by family in concernFamilies.test.ts.
 */
export const PASSING_CASES: FamilyCases = {
  stoppingTheHarm: {
    catches: ['help with money, cooking and i guess stopping the cutting', 'i want to stop self harming', 'cut cut cut. it help', 'cutting is the only thing that helps'],
    leaves: ['i want to stop cutting the grass for dad', 'stopping the cutting of paper shapes is hard for him', 'i cut my hair and it helped me feel new'],
  },
  noAfter: {
    catches: ['i honestly dont expect to make it to 21', 'i doubt i will make it to my next birthday', 'my plan after college is not to have an after'],
    leaves: ['i dont think i will make it to the party on time', 'i wont make it to 18 without a bank account lol', 'after college i want a job'],
  },
  starvedAsPunishment: {
    catches: ['i dont eat on days i feel fat, its punishment', 'i punish myself by not eating'],
    leaves: ['mum punished me with no tv after i ate all the sweets', 'we learnt about punishment in history, then ate lunch'],
  },
  handsInside: {
    catches: ['the swimming teacher puts his hand inside her costume', 'my coach showers with us after training', 'his hands go places i dont like', 'im still messed up from what my mates dad did to me at the sleepover'],
    leaves: ['she puts her hand in her pocket', 'i shower after training', 'my hands go cold in winter', 'what my dad did for me at my birthday was lovely'],
  },
  madeToShareBed: {
    catches: ['he makes me sleep in his bed', 'my mums boyfriend makes me get in his bed', 'he tells me to get in bed with him', 'my uncle made my little sister sleep in his bed'],
    leaves: ['my little brother sleeps in my bed when he has nightmares', "I sleep in mum's bed when I'm poorly", 'mum makes me go to bed at 9', 'he makes me sleep in his bed when theres a storm', 'my dog sleeps in my bed'],
  },
  paidToDoCrime: {
    catches: ['they give me a tenner to climb through small windows', 'the teenagers pay me 20 quid to hold stuff', 'im busy doing drops for the older lot', 'im a delivery boy but its not pizza'],
    leaves: ['mum gives me a tenner to clean the car', 'the cat climbed in through the window', 'i climbed through the window when i was locked out', 'i do deliveries for the pizza shop'],
  },
  moneyHandedOver: {
    catches: ['my friend takes me to the bank and i give him all my money', 'my flatmate changed the bank details to his', 'i lent her 2000 and shes asking for more', 'my mate tells me what to buy with my money and keeps the stuff', 'i must buy her things or she tells everyone im weird', 'a boy from college made me take out a loan for him'],
    leaves: ['mum takes me to the bank to pay in my wages', 'i changed my bank details when i moved', 'i lent her 20 and she paid me back', 'i must buy her a present for her birthday'],
  },
  controlAtHome: {
    catches: ['my partner decides everything including when i can eat', 'he makes mum say sorry on her knees', 'the police came to ours again because of the fighting'],
    leaves: ['my partner decides what film we watch, i pick the food', 'my dog begs for food', 'the police came to school to talk about road safety'],
  },
  notFromSport: {
    catches: ['those bruises people ask about? its not from football', 'i have to say i fell over', 'he told me to say i fell down the stairs'],
    leaves: ['the bruises are from football', 'i fell over at football and said ow'],
  },
  catchesTheTemper: {
    catches: ['he has a temper and im the one who catches it', 'anywhere i cant hear my dad coming up the stairs', 'my brover bet me up', 'dad call me dum an thik all day'],
    leaves: ['he has a temper when he loses at fifa', 'i can hear my dad coming up the stairs with my tea', 'i bet you cant beat me', 'dad calls me a superstar every day'],
  },
  youngAndUnwatched: {
    catches: ['my 3 year old plays out on the road by himself', 'i leave my 6 year old on her own when i go to the pub'],
    leaves: ['my 5 year old can get dressed by himself', 'my 16 year old plays out on the road with friends'],
  },
  careNotGiven: {
    catches: ['im not sure id even have clean clothes to go in', 'my need is that someone at home actually checks ive eaten', 'i forget his lunch sometimes', 'my epipen expired and mum says ill be fine', 'my shoos too smal they hurt', 'carer no come 3 days'],
    leaves: ['i forgot my clean pe kit', 'i forget my lunch sometimes so i set a reminder', 'my epipen expired so we got a new one', 'my shoes are too small so we are going shopping'],
  },
  mockedDifference: {
    catches: ['they share memes about my autism in the group chat', 'the other interns keep doing impressions of my autism', 'they keep joking that im thick', 'people copy my stammer'],
    leaves: ['i made a meme about my autism and my friends loved it', 'we did a talk about autism in assembly', 'my stammer is getting better'],
  },
  postedAbout: {
    catches: ['they started posting about me on yik yak', 'they spread my diary pages around', 'the others kept cropping me out of the photos'],
    leaves: ['my mum keeps posting about me on facebook', 'i read my diary out to my therapist', 'i cropped the photo to fit the frame'],
  },
  lifeMadeHell: {
    catches: ['the girls said theyll make it hell for me', 'they said theyll make my life hell there', 'i keep getting jumped by the same year 10s'],
    leaves: ['revision makes my life hell lol', 'i jumped in the pool', 'we got jumpers for christmas'],
  },
  nowhereToSleep: {
    catches: ['no were to liv sleep at bus station', 'i got kik out and slep at bus stop 3 nites', 'right now im in a tent in the woods', 'i slept in a stairwell last night'],
    leaves: ['we waited at the bus station for ages', 'we went camping and we were in a tent in the woods', 'i live near the station'],
  },
  goneMissing: {
    catches: ['my 17 year old disappeared at the weekend', 'she keeps packing a bag and saying shell go for good', 'my son keeps going missing at night'],
    leaves: ['my phone disappeared at school', 'i packed a bag for the trip', 'our son went missing for an hour once, it was a mix up with the bus'],
  },
  drugsToCope: {
    catches: ['he smokes cannabis all day to stop the voices', 'i take painkillers that arent prescribed to me', 'i drink vodka to cope', 'i bin snifin gas wiv my frends'],
    leaves: ['we learnt how cannabis affects the brain', 'the doctor prescribed me painkillers for my knee', 'i drink water to stay calm'],
  },
  weddingNotWanted: {
    catches: ['mum sed i am getting maried to a man i dont know in the summer', 'she has a wedding in bangladesh next month and cries when she says it', 'her family say she wont need her college place after the wedding'],
    leaves: ['my sister is getting married to a man we all love', 'i cried happy tears at my aunties wedding', 'i am going to a wedding in the summer'],
  },
};
