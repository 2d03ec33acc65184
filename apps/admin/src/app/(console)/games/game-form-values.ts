import {
  type GameInput,
  gameInput,
  type GameType,
  PRIZE_TABLE_GAMES,
  PRIZE_WEIGHT_TOTAL,
} from '@fidele/validators';
import {
  optional,
  programmeDateTime,
  readDateTime,
  readWithSchema,
  whole,
} from '../../../lib/form-reading.ts';

export type PrizeKind = GameInput['prizes'][number]['kind'];

/** A prize table's row as typed; `id` names the saved row it edits, none for a new row. */
export type PrizeFormValues = {
  id?: string;
  kind: PrizeKind;
  labelEn: string;
  labelFr: string;
  points: string;
  rewardId: string;
  /** In percent, as people say odds ("12.5"). */
  chance: string;
  stock: string;
  paced: boolean;
};

export type AnswerFormValues = { textEn: string; textFr: string };

export type QuestionFormValues = {
  textEn: string;
  textFr: string;
  answers: AnswerFormValues[];
  /** The position of the right answer. */
  right: number;
};

/** The game form as typed: text everywhere, chances in percent, local dates. */
export type GameFormValues = {
  type: GameType;
  titleEn: string;
  titleFr: string;
  textEn: string;
  textFr: string;
  rulesEn: string;
  rulesFr: string;
  startsAt: string;
  endsAt: string;
  tierIds: string[];
  segmentIds: string[];
  verifiedOnly: boolean;
  /** Hours a new member waits before playing; empty for none. */
  newMemberDelayHours: string;
  playsPerDay: string;
  /** Empty for no limit. */
  pointsBudgetPerDay: string;
  pointsBudgetTotal: string;
  prizes: PrizeFormValues[];
  questions: QuestionFormValues[];
  pointsPerRightAnswer: string;
  secondsPerQuestion: string;
  pointsPerDay: string;
  bonusDay: string;
  bonusPoints: string;
  maxFreezes: string;
};

/**
 * A field in error: a top-level field (`titleEn`, `prizes` for the table as a whole), a row's
 * field (`prizes.2.chance`, `questions.0.answers.1.textFr`).
 */
export type GameFormField = string;

/** A game as the API returns it for its editor. */
export type StoredGame = Omit<
  GameInput,
  | 'prizes'
  | 'quiz'
  | 'streak'
  | 'tierIds'
  | 'segmentIds'
  | 'verifiedOnly'
  | 'newMemberDelayHours'
  | 'playsPerDay'
> & {
  tierIds: string[];
  segmentIds: string[];
  verifiedOnly: boolean;
  newMemberDelayHours: number;
  playsPerDay: number;
  prizes: (Omit<GameInput['prizes'][number], 'id'> & { id: string })[];
  quiz: NonNullable<GameInput['quiz']> | null;
  streak: NonNullable<GameInput['streak']> | null;
};

const DAY = 24 * 60 * 60 * 1000;

export const isDrawn = (type: GameType) =>
  (PRIZE_TABLE_GAMES as readonly GameType[]).includes(type);

export const newPrize = (kind: PrizeKind = 'POINTS'): PrizeFormValues => ({
  kind,
  labelEn: '',
  labelFr: '',
  points: '',
  rewardId: '',
  chance: '',
  stock: '',
  paced: false,
});

export const newQuestion = (): QuestionFormValues => ({
  textEn: '',
  textFr: '',
  answers: [
    { textEn: '', textFr: '' },
    { textEn: '', textFr: '' },
  ],
  right: 0,
});

/** A blank wheel, on from `now` for four weeks, one play a day, with no limit on points. */
export const newGameForm = (now: Date): GameFormValues => ({
  type: 'SPIN_WHEEL',
  titleEn: '',
  titleFr: '',
  textEn: '',
  textFr: '',
  rulesEn: '',
  rulesFr: '',
  startsAt: programmeDateTime(now),
  endsAt: programmeDateTime(new Date(now.getTime() + 28 * DAY)),
  tierIds: [],
  segmentIds: [],
  verifiedOnly: false,
  newMemberDelayHours: '',
  playsPerDay: '1',
  pointsBudgetPerDay: '',
  pointsBudgetTotal: '',
  prizes: [newPrize('POINTS'), newPrize('TRY_AGAIN')],
  questions: [newQuestion()],
  pointsPerRightAnswer: '10',
  secondsPerQuestion: '20',
  pointsPerDay: '10',
  bonusDay: '7',
  bonusPoints: '50',
  maxFreezes: '2',
});

const countText = (value: number | null) => (value === null ? '' : String(value));

/** Basis points as a percentage typed in the form ("12.5"). */
export const chanceText = (weight: number) => String(weight / 100);

/** "12.5" or "12,5" → 1,250 basis points; NaN unless a percentage with at most 2 decimals. */
export const basisPoints = (text: string): number => {
  const normalized = text.trim().replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(normalized) ? Math.round(Number(normalized) * 100) : Number.NaN;
};

export const gameFormFrom = (game: StoredGame): GameFormValues => {
  const blank = newGameForm(new Date(0));
  return {
    ...blank,
    type: game.type,
    titleEn: game.titleEn,
    titleFr: game.titleFr,
    textEn: game.textEn,
    textFr: game.textFr,
    rulesEn: game.rulesEn,
    rulesFr: game.rulesFr,
    startsAt: programmeDateTime(game.startsAt),
    endsAt: programmeDateTime(game.endsAt),
    tierIds: game.tierIds,
    segmentIds: game.segmentIds,
    verifiedOnly: game.verifiedOnly,
    newMemberDelayHours: game.newMemberDelayHours ? String(game.newMemberDelayHours) : '',
    playsPerDay: String(game.playsPerDay),
    pointsBudgetPerDay: countText(game.pointsBudgetPerDay),
    pointsBudgetTotal: countText(game.pointsBudgetTotal),
    prizes: game.prizes.length
      ? game.prizes.map((prize) => ({
          id: prize.id,
          kind: prize.kind,
          labelEn: prize.labelEn,
          labelFr: prize.labelFr,
          points: countText(prize.points),
          rewardId: prize.rewardId ?? '',
          chance: chanceText(prize.weight),
          stock: countText(prize.stock),
          paced: prize.paced,
        }))
      : blank.prizes,
    ...(game.quiz
      ? {
          questions: game.quiz.questions.map((question) => ({
            textEn: question.textEn,
            textFr: question.textFr,
            answers: question.answers.map(({ textEn, textFr }) => ({ textEn, textFr })),
            right: Math.max(
              0,
              question.answers.findIndex((answer) => answer.right),
            ),
          })),
          pointsPerRightAnswer: String(game.quiz.pointsPerRightAnswer),
          secondsPerQuestion: String(game.quiz.secondsPerQuestion),
        }
      : {}),
    ...(game.streak
      ? {
          pointsPerDay: String(game.streak.pointsPerDay),
          bonusDay: String(game.streak.bonusDay),
          bonusPoints: String(game.streak.bonusPoints),
          maxFreezes: String(game.streak.maxFreezes),
        }
      : {}),
  };
};

const count = (text: string) => whole(text.trim());

/** What the form sends: only the settings of the chosen type, the others left out. */
const gameCandidate = (values: GameFormValues) => ({
  type: values.type,
  titleEn: values.titleEn,
  titleFr: values.titleFr,
  textEn: values.textEn,
  textFr: values.textFr,
  rulesEn: values.rulesEn,
  rulesFr: values.rulesFr,
  // An empty date reads as an invalid one, never as 1970.
  startsAt: readDateTime(values.startsAt),
  endsAt: readDateTime(values.endsAt),
  tierIds: values.tierIds,
  segmentIds: values.segmentIds,
  verifiedOnly: values.verifiedOnly,
  newMemberDelayHours: optional(values.newMemberDelayHours, whole) ?? 0,
  playsPerDay: count(values.playsPerDay),
  pointsBudgetPerDay: optional(values.pointsBudgetPerDay, whole),
  pointsBudgetTotal: optional(values.pointsBudgetTotal, whole),
  prizes: isDrawn(values.type)
    ? values.prizes.map((prize) => ({
        ...(prize.id ? { id: prize.id } : {}),
        kind: prize.kind,
        labelEn: prize.labelEn,
        labelFr: prize.labelFr,
        points: prize.kind === 'POINTS' ? count(prize.points) : null,
        rewardId: prize.kind === 'REWARD' ? prize.rewardId || null : null,
        weight: basisPoints(prize.chance),
        stock: prize.kind === 'TRY_AGAIN' ? null : optional(prize.stock, whole),
        paced: prize.kind !== 'TRY_AGAIN' && prize.paced,
      }))
    : [],
  quiz:
    values.type === 'QUIZ'
      ? {
          questions: values.questions.map((question) => ({
            textEn: question.textEn,
            textFr: question.textFr,
            answers: question.answers.map((answer, index) => ({
              ...answer,
              right: index === question.right,
            })),
          })),
          pointsPerRightAnswer: count(values.pointsPerRightAnswer),
          secondsPerQuestion: count(values.secondsPerQuestion),
        }
      : null,
  streak:
    values.type === 'DAILY_STREAK'
      ? {
          pointsPerDay: count(values.pointsPerDay),
          bonusDay: count(values.bonusDay),
          bonusPoints: count(values.bonusPoints),
          maxFreezes: count(values.maxFreezes),
        }
      : null,
});

const TOP_LEVEL = new Set<string>(Object.keys(newGameForm(new Date(0))));

/**
 * The form field a schema path names: the game's own fields by name, a prize's by its row
 * (`weight` is typed as a chance), a quiz's and a streak's as the form lays them out.
 */
export const gameFormField = (path: readonly PropertyKey[]): GameFormField | null => {
  const [first, ...rest] = path.map(String);
  if (first === 'prizes' && rest.length >= 2) {
    const [row, field] = rest;
    return `prizes.${row}.${field === 'weight' ? 'chance' : field}`;
  }
  if (first === 'quiz') {
    if (rest[0] === 'questions' && rest.length >= 2)
      return ['questions', ...rest.slice(1)].join('.');
    return rest[0] && rest[0] !== 'questions' ? rest[0] : 'questions';
  }
  if (first === 'streak') return rest[0] ?? 'pointsPerDay';
  return first && TOP_LEVEL.has(first) ? first : null;
};

/** Valid values for fields that failed, so the schema's cross-field rules can run as well. */
const standIns: { [Field in keyof GameInput]?: unknown } = {
  titleEn: 'x',
  titleFr: 'x',
  textEn: 'x',
  textFr: 'x',
  rulesEn: 'x',
  rulesFr: 'x',
  // The earliest and the latest dates there are: a stand-in never puts the end before the start.
  startsAt: new Date(-8.64e15),
  endsAt: new Date(8.64e15),
  playsPerDay: 1,
  pointsBudgetPerDay: null,
  pointsBudgetTotal: null,
};

/**
 * Reads the form with the procedure's own schema, so the browser refuses what the server would,
 * field by field and row by row.
 */
export const readGameForm = (
  values: GameFormValues,
): { input: GameInput } | { errors: GameFormField[] } =>
  readWithSchema(gameInput, gameCandidate(values), {
    standIns,
    field: (_key, path) => gameFormField(path),
  });

/** The chances typed so far, in basis points, and whether they make a whole table. */
export const chancesTotal = (prizes: readonly PrizeFormValues[]) => {
  const total = prizes.reduce((sum, prize) => sum + (basisPoints(prize.chance) || 0), 0);
  return { total, complete: total === PRIZE_WEIGHT_TOTAL };
};
