import { hashPassword } from '@fidele/auth/password';
import { createApiKey } from '@fidele/core/api-keys';
import { type ContestData, createContest, moderateContestEntries } from '@fidele/core/contests';
import { createCustomer } from '@fidele/core/customers';
import { awardBonus } from '@fidele/core/earning';
import { createGame, type GameData, type PrizeData } from '@fidele/core/games';
import { recordMovement } from '@fidele/core/ledger';
import {
  answerInvitation,
  createPrivateSale,
  inviteToPrivateSale,
  type PrivateSaleData,
} from '@fidele/core/private-sales';
import { recordPurchase } from '@fidele/core/purchases';
import { refundPurchase } from '@fidele/core/refunds';
import { settleReferrals } from '@fidele/core/referrals';
import { claimReward } from '@fidele/core/rewards';
import type { Db, Prisma, StaffRole } from '@fidele/db';
import { DEFAULT_CONTEST_DISCLAIMER } from '@fidele/validators';

/** Demo credentials, printed by `npm start`. Never use them outside a demo. */
export const DEMO = {
  password: 'demo1234',
  customer: {
    email: 'camille@example.com',
    firstName: 'Camille',
    lastName: 'Martin',
    memberCode: '202611230006',
    /** Her referral code: friends join through `/sign-up?r=CAMY2026` or give it at a till. */
    referralCode: 'CAMY2026',
  },
  staff: [
    { email: 'owner@example.com', name: 'Olivia Owner', role: 'OWNER' },
    { email: 'marketing@example.com', name: 'Inès Marketing', role: 'MARKETING' },
    { email: 'store@example.com', name: 'Karim Store', role: 'STORE_MANAGER' },
    { email: 'support@example.com', name: 'Sam Support', role: 'SUPPORT' },
  ] satisfies { email: string; name: string; role: StaffRole }[],
  shops: {
    store: { name: 'Paris Marais', city: 'Paris', key: 'fdl_demo_store_paris_000000000000' },
    eshop: { name: 'E-shop', key: 'fdl_demo_eshop_000000000000000000' },
  },
  /** Camille's invitation to the private sale week, in her portal's QR: a till checks it in. */
  invitationCode: 'INV-DEMO2026CAMI',
  /** Camille's other account, enrolled at a till: support merges it into hers. */
  duplicateEmail: 'camille.martin@example.com',
  /** The social contest's public page: `/contests/<slug>` on the portal. */
  contestSlug: 'winter-looks',
} as const;

const OTHER_CUSTOMERS = [
  ['Hugo', 'Bernard'],
  ['Chloé', 'Dubois'],
  ['Lucas', 'Thomas'],
  ['Manon', 'Robert'],
  ['Nathan', 'Richard'],
  ['Jade', 'Petit'],
  ['Louis', 'Durand'],
  ['Emma', 'Leroy'],
] as const;

const DEMO_REWARDS = [
  {
    nameEn: '5 € off, online or in shop',
    nameFr: '5 € de réduction, en ligne ou en boutique',
    descriptionEn: 'Use it at the till or at checkout on the e-shop.',
    descriptionFr: 'À utiliser en caisse ou sur l’e-shop.',
    pointsCost: 100,
    discountType: 'FIXED_AMOUNT',
    discountValue: 500,
    channels: 'BOTH',
    validityDays: 60,
  },
  {
    nameEn: '10 € off in shop',
    nameFr: '10 € de réduction en boutique',
    descriptionEn: 'Show the code at the till of any of our shops.',
    descriptionFr: 'Présentez le code en caisse dans nos boutiques.',
    pointsCost: 180,
    discountType: 'FIXED_AMOUNT',
    discountValue: 1_000,
    channels: 'STORE',
    validityDays: 60,
  },
  {
    nameEn: '15% off online (up to 30 €)',
    nameFr: '15 % de réduction en ligne (jusqu’à 30 €)',
    descriptionEn: 'On the e-shop, from a 40 € basket.',
    descriptionFr: 'Sur l’e-shop, dès 40 € d’achat.',
    pointsCost: 250,
    discountType: 'PERCENTAGE',
    discountValue: 15,
    discountCap: 3_000,
    minBasket: 4_000,
    channels: 'ONLINE',
    validityDays: 30,
  },
  {
    nameEn: 'Free shipping',
    nameFr: 'Livraison offerte',
    descriptionEn: 'Your next e-shop order ships free.',
    descriptionFr: 'Votre prochaine commande en ligne livrée gratuitement.',
    pointsCost: 60,
    discountType: 'FREE_SHIPPING',
    discountValue: 0,
    channels: 'ONLINE',
    validityDays: 90,
  },
  {
    nameEn: '20 € off from 100 €',
    nameFr: '20 € de réduction dès 100 €',
    descriptionEn: 'Limited edition: 50 codes only.',
    descriptionFr: 'Édition limitée : 50 codes seulement.',
    pointsCost: 300,
    discountType: 'FIXED_AMOUNT',
    discountValue: 2_000,
    minBasket: 10_000,
    channels: 'BOTH',
    validityDays: 45,
    stock: 50,
  },
] satisfies Prisma.RewardCreateInput[];

/** Thresholds are points earned over 12 months (the programme's default tier metric). */
const DEMO_TIERS = [
  {
    code: 'SILVER',
    name: 'Silver',
    nameFr: 'Argent',
    rank: 1,
    threshold: 500,
    earnMultiplier: 110,
    colour: '#94a3b8',
    benefitsEn: '10% more points on every purchase. Early access to the sales.',
    benefitsFr: '10 % de points en plus à chaque achat. Accès anticipé aux soldes.',
  },
  {
    code: 'GOLD',
    name: 'Gold',
    nameFr: 'Or',
    rank: 2,
    threshold: 1_000,
    earnMultiplier: 125,
    colour: '#ca8a04',
    benefitsEn: '25% more points. Gold-only offers and private-sale invitations.',
    benefitsFr: '25 % de points en plus. Offres réservées Or et invitations aux ventes privées.',
  },
  {
    code: 'PLATINUM',
    name: 'Platinum',
    nameFr: 'Platine',
    rank: 3,
    threshold: 2_500,
    earnMultiplier: 150,
    colour: '#4f46e5',
    benefitsEn: '50% more points, free alterations, and a personal shopper in store.',
    benefitsFr:
      '50 % de points en plus, retouches offertes et un conseiller personnel en boutique.',
  },
] satisfies Prisma.TierCreateInput[];

const DEMO_BONUSES = [
  { kind: 'SIGNUP_BONUS', name: 'Welcome bonus', points: 50 },
  { kind: 'PROFILE_BONUS', name: 'Complete profile bonus', points: 100 },
  { kind: 'BIRTHDAY_BONUS', name: 'Birthday bonus', points: 200 },
  { kind: 'NEW_CHANNEL_BONUS', name: 'First purchase in a new channel', points: 75 },
  // 200 points to the member, 100 to the friend, for the friend's first purchase of 20 € or more.
  {
    kind: 'REFERRAL_BONUS',
    name: 'Refer a friend',
    points: 200,
    friendPoints: 100,
    minAmount: 2_000,
  },
] satisfies Prisma.EarnRuleCreateInput[];

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** Customers who bought both in a shop and online. */
const BOTH_CHANNELS_SEGMENT = {
  name: 'Shoppers in both channels',
  description: 'Bought in a shop and on the e-shop.',
  rule: {
    combinator: 'and',
    rules: [{ field: 'channelsUsed', match: 'all', channels: ['STORE', 'ESHOP'] }],
  },
} as const;

/** Offers for the ladder above: Camille (Silver) sees two open and two locked ones. */
const demoOffers = (target: { tiers: Record<string, string>; bothChannels: string }) =>
  [
    {
      titleEn: 'Silver days: 10 € off in shop',
      titleFr: 'Jours Argent : 10 € de réduction en boutique',
      textEn: 'Show your member card at the till: 10 € off a basket of 60 € or more, twice.',
      textFr: 'Présentez votre carte en caisse : 10 € de réduction dès 60 € d’achat, deux fois.',
      tierIds: [target.tiers.SILVER!, target.tiers.GOLD!, target.tiers.PLATINUM!],
      startsAt: daysAgo(3),
      endsAt: daysAgo(-25),
      channels: 'STORE',
      benefit: 'TILL_BENEFIT',
      discountType: 'FIXED_AMOUNT',
      discountValue: 1_000,
      minBasket: 6_000,
      perCustomerLimit: 2,
    },
    {
      titleEn: 'Gold weekend: 20 % off everything',
      titleFr: 'Week-end Or : 20 % sur tout',
      textEn: 'A personal code for 20 % off (up to 100 €), online and in shop.',
      textFr: 'Un code personnel de 20 % de réduction (jusqu’à 100 €), en ligne et en boutique.',
      tierIds: [target.tiers.GOLD!, target.tiers.PLATINUM!],
      startsAt: daysAgo(1),
      endsAt: daysAgo(-6),
      channels: 'BOTH',
      benefit: 'DISCOUNT_CODE',
      discountType: 'PERCENTAGE',
      discountValue: 20,
      discountCap: 10_000,
      totalCap: 500,
    },
    {
      titleEn: 'Platinum preview: 30 % off the new collection',
      titleFr: 'Avant-première Platine : 30 % sur la nouvelle collection',
      textEn: 'Before anyone else, on the e-shop.',
      textFr: 'Avant tout le monde, sur l’e-shop.',
      tierIds: [target.tiers.PLATINUM!],
      startsAt: daysAgo(2),
      endsAt: daysAgo(-12),
      channels: 'ONLINE',
      benefit: 'DISCOUNT_CODE',
      discountType: 'PERCENTAGE',
      discountValue: 30,
      totalCap: 100,
    },
    {
      titleEn: 'Online and in shop? Free delivery on us',
      titleFr: 'En ligne et en boutique ? La livraison est offerte',
      textEn: 'For members who shop with us both ways.',
      textFr: 'Pour les membres qui achètent chez nous des deux façons.',
      segmentIds: [target.bothChannels],
      startsAt: daysAgo(5),
      endsAt: daysAgo(-40),
      channels: 'ONLINE',
      benefit: 'DISCOUNT_CODE',
      discountType: 'FREE_SHIPPING',
    },
  ] satisfies (Omit<Prisma.OfferCreateInput, 'tiers' | 'segments'> & {
    tierIds?: string[];
    segmentIds?: string[];
  })[];

/** True when the database holds no programme yet (first start). */
const prize = (
  kind: PrizeData['kind'],
  labelEn: string,
  labelFr: string,
  weight: number,
  extra: Partial<PrizeData> = {},
): PrizeData => ({
  kind,
  labelEn,
  labelFr,
  points: null,
  rewardId: null,
  weight,
  stock: null,
  paced: false,
  ...extra,
});

const gameWords = {
  rulesEn:
    'Free to play, no purchase needed. Each play is drawn by our server from a seed whose fingerprint is published before its period starts.',
  rulesFr:
    'Jeu gratuit et sans obligation d’achat. Chaque partie est tirée par notre serveur à partir d’une graine dont l’empreinte est publiée avant le début de sa période.',
  tierIds: [],
  segmentIds: [],
  verifiedOnly: false,
  newMemberDelayHours: 0,
  quiz: null,
};

/**
 * A wheel and a scratch card on now (points, a reward's code with a stock, "try again"), a streak
 * and a quiz.
 */
const demoGames = (rewards: { fiveOff: string; freeShipping: string }): GameData[] => [
  {
    ...gameWords,
    type: 'SPIN_WHEEL',
    titleEn: 'Spin the wheel',
    titleFr: 'La roue de la fortune',
    textEn: 'One free spin a day: points, a 5 € voucher, or try again tomorrow.',
    textFr: 'Un tour gratuit par jour : des points, un bon de 5 €, ou retentez demain.',
    startsAt: daysAgo(3),
    endsAt: daysAgo(-25),
    playsPerDay: 1,
    pointsBudgetPerDay: 2_000,
    pointsBudgetTotal: 40_000,
    prizes: [
      prize('POINTS', '50 points', '50 points', 1_000, { points: 50 }),
      prize('POINTS', '10 points', '10 points', 2_500, { points: 10 }),
      prize('REWARD', '5 € off', '5 € de réduction', 500, { rewardId: rewards.fiveOff, stock: 50 }),
      prize('TRY_AGAIN', 'Try again', 'Retentez votre chance', 6_000),
    ],
    streak: null,
  },
  {
    ...gameWords,
    type: 'SCRATCH_CARD',
    titleEn: 'Scratch and win',
    titleFr: 'Grattez et gagnez',
    textEn: 'Scratch your card of the day: 20 points or free delivery might be under it.',
    textFr:
      'Grattez votre carte du jour : 20 points ou la livraison offerte s’y cachent peut-être.',
    startsAt: daysAgo(1),
    endsAt: daysAgo(-13),
    playsPerDay: 1,
    pointsBudgetPerDay: 1_000,
    pointsBudgetTotal: null,
    prizes: [
      prize('POINTS', '20 points', '20 points', 2_000, { points: 20 }),
      prize('REWARD', 'Free delivery', 'Livraison offerte', 1_000, {
        rewardId: rewards.freeShipping,
        stock: 30,
      }),
      prize('TRY_AGAIN', 'Not this time', 'Pas cette fois', 7_000),
    ],
    streak: null,
  },
  {
    ...gameWords,
    type: 'DAILY_STREAK',
    titleEn: 'Daily check-in',
    titleFr: 'Le rendez-vous quotidien',
    textEn: '10 points for each day you drop by, 50 more on day 7. Two missed days are forgiven.',
    textFr:
      '10 points par jour de visite, 50 de plus le 7e jour. Deux jours manqués sont pardonnés.',
    rulesEn: 'Check in once a day. Every 7th day of a streak earns a 50-point bonus.',
    rulesFr: 'Une présence par jour. Chaque 7e jour d’une série rapporte 50 points de bonus.',
    startsAt: daysAgo(7),
    endsAt: daysAgo(-60),
    playsPerDay: 1,
    pointsBudgetPerDay: null,
    pointsBudgetTotal: null,
    prizes: [],
    streak: { pointsPerDay: 10, bonusDay: 7, bonusPoints: 50, maxFreezes: 2 },
  },
  {
    ...gameWords,
    type: 'QUIZ',
    titleEn: 'The new collection quiz',
    titleFr: 'Le quiz de la nouvelle collection',
    textEn:
      'Three questions on our winter collection, 20 seconds each: 15 points per right answer.',
    textFr:
      'Trois questions sur notre collection d’hiver, 20 secondes chacune : 15 points par bonne réponse.',
    rulesEn: 'One quiz a day. Only answers received within the time of their question score.',
    rulesFr:
      'Un quiz par jour. Seules les réponses reçues dans le temps de leur question comptent.',
    startsAt: daysAgo(2),
    endsAt: daysAgo(-30),
    playsPerDay: 1,
    pointsBudgetPerDay: 3_000,
    pointsBudgetTotal: null,
    prizes: [],
    streak: null,
    quiz: {
      pointsPerRightAnswer: 15,
      secondsPerQuestion: 20,
      questions: [
        {
          textEn: 'Which fabric lines this winter’s parkas?',
          textFr: 'Quelle matière double les parkas de cet hiver ?',
          answers: [
            { textEn: 'Recycled wool', textFr: 'Laine recyclée', right: true },
            { textEn: 'Silk', textFr: 'Soie', right: false },
            { textEn: 'Linen', textFr: 'Lin', right: false },
          ],
        },
        {
          textEn: 'How many days do you have to return an online order?',
          textFr: 'Combien de jours avez-vous pour retourner une commande en ligne ?',
          answers: [
            { textEn: '7 days', textFr: '7 jours', right: false },
            { textEn: '30 days', textFr: '30 jours', right: true },
            { textEn: '90 days', textFr: '90 jours', right: false },
          ],
        },
        {
          textEn: 'Where can you use a discount code won in the app?',
          textFr: 'Où utiliser un code de réduction gagné dans l’appli ?',
          answers: [
            { textEn: 'Online only', textFr: 'En ligne seulement', right: false },
            { textEn: 'In shops only', textFr: 'En boutique seulement', right: false },
            { textEn: 'Online and in shops', textFr: 'En ligne et en boutique', right: true },
          ],
        },
      ],
    },
  },
];

/** A social contest on now: the public page's link is printed by `npm start`. */
const demoContest = (): ContestData => ({
  slug: DEMO.contestSlug,
  titleEn: 'Winter looks',
  titleFr: 'Looks d’hiver',
  textEn:
    'Post your winter look on Instagram or TikTok with #FideleWinter, then enter your post here. Each approved entry earns 50 points; three winners drawn at the end get 500 points each.',
  textFr:
    'Publiez votre look d’hiver sur Instagram ou TikTok avec #FideleWinter, puis inscrivez votre publication ici. Chaque participation validée rapporte 50 points ; trois gagnants tirés au sort à la fin reçoivent 500 points chacun.',
  rulesEn:
    'Open to members aged 18 and over. A post must be public, show a piece from the collection and carry #FideleWinter. Up to 2 entries per member. Entries are checked by the brand; winners are drawn among approved entries after the end.',
  rulesFr:
    'Ouvert aux membres de 18 ans et plus. Une publication doit être publique, montrer une pièce de la collection et porter #FideleWinter. Jusqu’à 2 participations par membre. Les participations sont vérifiées par la marque ; les gagnants sont tirés au sort parmi les participations validées après la fin.',
  disclaimerEn: DEFAULT_CONTEST_DISCLAIMER.en,
  disclaimerFr: DEFAULT_CONTEST_DISCLAIMER.fr,
  networks: ['INSTAGRAM', 'TIKTOK'],
  hashtag: 'FideleWinter',
  postUrl: null,
  startsAt: daysAgo(3),
  endsAt: daysAgo(-25),
  entryPoints: 50,
  prizePoints: 500,
  prizeRewardId: null,
  winnerCount: 3,
  entriesPerCustomer: 2,
  verifiedOnly: false,
  tierIds: [],
});

/** Entries as members make them in the portal: Camille's approved, two others waiting. */
const DEMO_CONTEST_ENTRIES = [
  {
    network: 'INSTAGRAM',
    postUrl: 'https://www.instagram.com/p/DemoCamille1/',
    handle: 'camille.martin',
  },
  {
    network: 'INSTAGRAM',
    postUrl: 'https://www.instagram.com/p/DemoHugo01/',
    handle: 'hugo.bernard',
  },
  {
    network: 'TIKTOK',
    postUrl: 'https://www.tiktok.com/@chloe.dbs/video/7440000000000000001',
    handle: 'chloe.dbs',
  },
] as const;

export const isEmpty = async (db: Db) => (await db.shop.count()) === 0;

/**
 * Events for invited members: one on now in the Paris shop, and an online preview for Silver and
 * above with 20 % off on each guest's own e-shop code.
 */
const demoPrivateSales = (tiers: Record<string, string>, parisId: string): PrivateSaleData[] => [
  {
    kind: 'PRIVATE_SALE',
    nameEn: 'VIP private sale week',
    nameFr: 'Semaine des ventes privées VIP',
    textEn: 'Up to 40 % off the winter collection, for Silver members and above, in Paris Marais.',
    textFr:
      'Jusqu’à 40 % sur la collection d’hiver, pour les membres Silver et plus, à Paris Marais.',
    shopId: parisId,
    startsAt: daysAgo(0.05),
    endsAt: daysAgo(-7),
    capacity: 30,
    checkInPoints: 50,
    channels: ['EMAIL', 'SMS'],
    tierIds: [tiers.SILVER!, tiers.GOLD!, tiers.PLATINUM!],
    segmentIds: [],
  },
  {
    kind: 'PREVIEW',
    nameEn: 'Spring collection preview',
    nameFr: 'Avant-première de la collection de printemps',
    textEn: 'See the spring collection online before anyone else, with 20 % off.',
    textFr: 'Découvrez la collection de printemps en ligne avant tout le monde, à −20 %.',
    shopId: null,
    startsAt: daysAgo(-10),
    endsAt: daysAgo(-12),
    capacity: 200,
    discountPercent: 20,
    channels: ['EMAIL'],
    tierIds: [tiers.SILVER!, tiers.GOLD!, tiers.PLATINUM!],
    segmentIds: [],
  },
];

/** What Camille bought in the Marais yesterday, as the till sent it. */
const PM_0100_LINES = [
  { sku: 'COAT-NAVY', category: 'coats', quantity: 1, unitAmount: 18_500 },
  { sku: 'SCARF-WOOL', category: 'accessories', quantity: 2, unitAmount: 3_200 },
];

/**
 * The demo programme: two shops with fixed API keys, staff of every role, Camille with a history
 * in both channels, a few more members so lists are not empty, games and a social contest on now.
 */
export const seedDemo = async (db: Db) => {
  const passwordHash = await hashPassword(DEMO.password);
  await db.$transaction(
    async (tx) => {
      const store = await tx.shop.create({
        data: { name: DEMO.shops.store.name, city: DEMO.shops.store.city, kind: 'STORE' },
      });
      const eshop = await tx.shop.create({ data: { name: DEMO.shops.eshop.name, kind: 'ESHOP' } });
      await createApiKey(tx, { shopId: store.id, name: 'Till 1', key: DEMO.shops.store.key });
      await createApiKey(tx, {
        shopId: eshop.id,
        name: 'E-shop backend',
        key: DEMO.shops.eshop.key,
      });
      const staffIds: Partial<Record<StaffRole, string>> = {};
      for (const staff of DEMO.staff)
        staffIds[staff.role] = (
          await tx.staffUser.create({
            data: {
              ...staff,
              passwordHash,
              ...(staff.role === 'STORE_MANAGER' ? { shops: { connect: { id: store.id } } } : {}),
            },
            select: { id: true },
          })
        ).id;

      // Before any customer, so enrolment and first purchases show the bonuses and tiers.
      for (const bonus of DEMO_BONUSES) await tx.earnRule.create({ data: bonus });
      await tx.tier.update({
        where: { code: 'MEMBER' },
        data: {
          benefitsEn: 'Points on every purchase, online and in shop.',
          benefitsFr: 'Des points à chaque achat, en ligne et en boutique.',
        },
      });
      await tx.tier.createMany({ data: DEMO_TIERS });
      const tierIds = Object.fromEntries(
        (await tx.tier.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]),
      );
      const bothChannels = await tx.segment.create({ data: BOTH_CHANNELS_SEGMENT });
      for (const { tierIds: tiers = [], segmentIds = [], ...offer } of demoOffers({
        tiers: tierIds,
        bothChannels: bothChannels.id,
      }))
        await tx.offer.create({
          data: {
            ...offer,
            tiers: { create: tiers.map((tierId) => ({ tierId })) },
            segments: { create: segmentIds.map((segmentId) => ({ segmentId })) },
          },
        });

      const { referralCode, ...camilleDetails } = DEMO.customer;
      const camille = await createCustomer(tx, {
        ...camilleDetails,
        phone: '+33612345678',
        passwordHash,
        consents: { email: true, sms: true },
        homeShopId: store.id,
        signUpSource: 'SHOP',
      });
      await tx.customer.update({
        where: { id: camille.id },
        data: { birthDate: new Date('1991-06-14T00:00:00Z'), referralCode },
      });
      await awardBonus(tx, {
        customerId: camille.id,
        kind: 'SIGNUP_BONUS',
        channel: 'STORE',
        at: daysAgo(41),
        shopId: store.id,
      });
      const purchases = [
        { shop: store, channel: 'STORE', externalId: 'PM-0001', amount: 8_950, days: 40 },
        { shop: eshop, channel: 'ESHOP', externalId: 'WEB-10001', amount: 12_400, days: 25 },
        { shop: store, channel: 'STORE', externalId: 'PM-0042', amount: 4_599, days: 9 },
        { shop: eshop, channel: 'ESHOP', externalId: 'WEB-10077', amount: 6_990, days: 2 },
        { shop: store, channel: 'STORE', externalId: 'PM-0100', amount: 24_900, days: 1 },
      ] as const;
      for (const p of purchases)
        await recordPurchase(tx, {
          shopId: p.shop.id,
          channel: p.channel,
          externalId: p.externalId,
          customer: camille,
          amount: p.amount,
          currency: 'EUR',
          occurredAt: daysAgo(p.days),
          ...(p.externalId === 'PM-0100' ? { lines: PM_0100_LINES } : {}),
        });
      // She brought one scarf back: her purchase's page shows the refund and the points it took.
      await refundPurchase(tx, {
        shopId: store.id,
        purchaseExternalId: 'PM-0100',
        refund: { externalId: 'PM-0100-R1', amount: 3_200 },
        channel: 'STORE',
      });
      await recordMovement(tx, {
        customerId: camille.id,
        type: 'ADJUST',
        channel: 'ADMIN',
        points: 50,
        source: { type: 'ADJUSTMENT' },
        customerReason: 'A gesture from us after your delayed delivery',
        reason: 'Welcome gesture after a delayed delivery',
      });
      const rewards = [];
      for (const reward of DEMO_REWARDS) rewards.push(await tx.reward.create({ data: reward }));
      // One active code of each kind: in shop, online, both.
      for (const index of [0, 1, 3])
        await claimReward(tx, {
          customerId: camille.id,
          rewardId: rewards[index]!.id,
          channel: 'APP',
          actor: { type: 'CUSTOMER', id: camille.id },
        });
      // Made by marketing as the admin makes them: periods opened, tables versioned, audited.
      for (const game of demoGames({ fiveOff: rewards[0]!.id, freeShipping: rewards[3]!.id }))
        await createGame(tx, game, staffIds.MARKETING!);
      // Points carried over from the former paper card keep its deadline, so the portal has a
      // near "N points expire on D" to show.
      const carriedOver = await recordMovement(tx, {
        customerId: camille.id,
        type: 'ADJUST',
        channel: 'ADMIN',
        points: 120,
        source: { type: 'ADJUSTMENT' },
        customerReason: 'Points from your former loyalty card',
        reason: 'Points carried over from the former loyalty card',
      });
      await tx.pointLot.updateMany({
        where: { movementId: carriedOver.movementId },
        data: { expiresAt: daysAgo(-20) },
      });

      for (const [index, [firstName, lastName]] of OTHER_CUSTOMERS.entries()) {
        const customer = await createCustomer(tx, {
          firstName,
          lastName,
          email: `${firstName.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}.${lastName.toLowerCase()}@example.com`,
          passwordHash,
          homeShopId: index % 2 ? eshop.id : store.id,
          signUpSource: index % 2 ? 'ESHOP' : 'SHOP',
          // Hugo gave Camille's code at the till: his first purchase pays them both.
          ...(firstName === 'Hugo'
            ? { referral: { code: referralCode, via: 'TILL' as const } }
            : {}),
        });
        await recordPurchase(tx, {
          shopId: index % 2 ? eshop.id : store.id,
          channel: index % 2 ? 'ESHOP' : 'STORE',
          externalId: `SEED-${index + 1}`,
          customer,
          amount: 2_000 + index * 1_750,
          currency: 'EUR',
          occurredAt: daysAgo(3 + index * 4),
        });
      }

      // Camille's second account: enrolled at the till with another email before she signed up
      // online. Support merges it into hers (her page, "Merge another account").
      const duplicate = await createCustomer(tx, {
        firstName: 'Camille',
        lastName: 'Martin',
        email: DEMO.duplicateEmail,
        homeShopId: store.id,
        signUpSource: 'SHOP',
      });
      await recordPurchase(tx, {
        shopId: store.id,
        channel: 'STORE',
        externalId: 'PM-0007',
        customer: duplicate,
        amount: 5_490,
        currency: 'EUR',
        occurredAt: daysAgo(33),
      });

      const contest = await createContest(tx, demoContest(), staffIds.MARKETING!);
      const entrants = [
        camille.id,
        ...(
          await tx.customer.findMany({
            where: { email: { in: ['hugo.bernard@example.com', 'chloe.dubois@example.com'] } },
            orderBy: { email: 'desc' },
            select: { id: true },
          })
        ).map((customer) => customer.id),
      ];
      const entries = [];
      for (const [index, entry] of DEMO_CONTEST_ENTRIES.entries())
        entries.push(
          await tx.contestEntry.create({
            data: {
              ...entry,
              contestId: contest.id,
              customerId: entrants[index]!,
              number: 1,
              source: 'PORTAL',
              createdAt: daysAgo(2 - index * 0.5),
            },
          }),
        );
      await moderateContestEntries(tx, {
        contestId: contest.id,
        entryIds: [entries[0]!.id],
        decision: 'APPROVE',
        reason: null,
        staffUserId: staffIds.MARKETING!,
      });
      // Léa joined through the contest's link: its page counts her among its new members.
      await createCustomer(tx, {
        firstName: 'Léa',
        lastName: 'Moreau',
        email: 'lea.moreau@example.com',
        passwordHash,
        signUpSource: 'CONTEST',
        signUpContestId: contest.id,
      });

      // Nina joined through Camille's link and has not bought yet; "Cam" looks like Camille
      // herself (her mailbox with a +tag), so the admin's review queue has a referral to decide.
      for (const friend of [
        { firstName: 'Nina', lastName: 'Garnier', email: 'nina.garnier@example.com' },
        { firstName: 'Cam', lastName: 'Martin', email: 'camille+friends@example.com' },
      ])
        await createCustomer(tx, {
          ...friend,
          passwordHash,
          signUpSource: 'ORGANIC',
          referral: { code: referralCode, via: 'LINK' },
        });

      // The demo's members joined before today and reached their tiers before: the automations
      // greet and congratulate those who join or move up from now on, not the whole demo at start.
      // Camille gave her consents when she joined at the till, not on the day the demo starts.
      await tx.customer.update({
        where: { id: camille.id },
        data: { createdAt: daysAgo(42), emailConsentAt: daysAgo(42), smsConsentAt: daysAgo(42) },
      });
      await tx.consentChange.updateMany({
        where: { customerId: camille.id },
        data: { createdAt: daysAgo(42) },
      });
      await tx.customer.updateMany({
        where: { id: { not: camille.id } },
        data: { createdAt: daysAgo(5) },
      });
      await tx.referral.updateMany({ data: { createdAt: daysAgo(5) } });
      // Camille moved up with her purchase of yesterday (PM-0100), not before it.
      await tx.tierChange.updateMany({ data: { createdAt: daysAgo(1) } });

      for (const sale of demoPrivateSales(tierIds, store.id)) {
        const { id } = await createPrivateSale(tx, {
          data: sale,
          staffUserId: staffIds.MARKETING!,
          allShops: true,
        });
        await inviteToPrivateSale(tx, { id, staffUserId: staffIds.MARKETING!, allShops: true });
      }
      // Camille has accepted the sale week: her QR is in the portal, and its code is fixed so
      // the README's till can check her in.
      const invitation = await tx.invitation.update({
        where: {
          id: (
            await tx.invitation.findFirstOrThrow({
              where: { customerId: camille.id, privateSale: { kind: 'PRIVATE_SALE' } },
            })
          ).id,
        },
        data: { code: DEMO.invitationCode },
      });
      await answerInvitation(tx, {
        customerId: camille.id,
        invitationId: invitation.id,
        accept: true,
      });
      // …and the online preview: its access page gives her own e-shop code.
      await answerInvitation(tx, {
        customerId: camille.id,
        invitationId: (
          await tx.invitation.findFirstOrThrow({
            where: { customerId: camille.id, privateSale: { kind: 'PREVIEW' } },
          })
        ).id,
        accept: true,
      });
    },
    { timeout: 60_000 },
  );
  // Hugo's referral pays as the worker's job pays it (the demo has no pending period).
  await settleReferrals(db, new Date());
};
