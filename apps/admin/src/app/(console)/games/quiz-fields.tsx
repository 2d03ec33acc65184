'use client';

import { Button, TextField } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { type GameFormField, newQuestion, type QuestionFormValues } from './game-form-values.ts';

const MAX_ANSWERS = 6;

export const questionFieldId = (path: string) => `game-questions-${path.replaceAll('.', '-')}`;

/**
 * A quiz's questions, each in English and French with its answers (2 to 6) and the right one
 * ticked.
 */
export const QuizFields = ({
  questions,
  onChange,
  errors,
  clearError,
}: {
  questions: QuestionFormValues[];
  onChange: (questions: QuestionFormValues[]) => void;
  errors: readonly GameFormField[];
  clearError: (field: GameFormField) => void;
}) => {
  const t = useTranslations('gameForm');
  const setQuestion = (row: number, change: Partial<QuestionFormValues>, field: string) => {
    onChange(
      questions.map((question, index) => (index === row ? { ...question, ...change } : question)),
    );
    clearError(`questions.${row}.${field}`);
    clearError('questions');
  };
  const error = (path: string, message: string) =>
    errors.includes(path) ? t(`errors.${message}`) : undefined;

  return (
    <ol className="flex flex-col gap-4">
      {questions.map((question, row) => {
        const answersError = error(`questions.${row}.answers`, 'question.answers');
        return (
          <li
            key={row}
            className="flex flex-col gap-3 rounded-control border border-border p-4"
            data-testid="quiz-question"
          >
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h3 className="font-semibold">{t('quiz.question', { row: row + 1 })}</h3>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => onChange(questions.filter((_, index) => index !== row))}
                disabled={questions.length <= 1}
              >
                {t('quiz.removeQuestion', { row: row + 1 })}
              </Button>
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              {(['textEn', 'textFr'] as const).map((field) => (
                <TextField
                  key={field}
                  lang={field === 'textFr' ? 'fr' : undefined}
                  label={t(`quiz.${field}`)}
                  id={questionFieldId(`${row}.${field}`)}
                  maxLength={500}
                  value={question[field]}
                  onChange={(event) => setQuestion(row, { [field]: event.target.value }, field)}
                  error={error(`questions.${row}.${field}`, 'question.text')}
                />
              ))}
            </div>
            <fieldset
              className="flex flex-col gap-2"
              aria-invalid={answersError ? true : undefined}
              aria-describedby={answersError ? questionFieldId(`${row}.answers-error`) : undefined}
            >
              <legend className="mb-1 text-sm font-medium">{t('quiz.answers')}</legend>
              {question.answers.map((answer, index) => {
                const setAnswer = (field: 'textEn' | 'textFr', value: string) =>
                  setQuestion(
                    row,
                    {
                      answers: question.answers.map((a, i) =>
                        i === index ? { ...a, [field]: value } : a,
                      ),
                    },
                    `answers.${index}.${field}`,
                  );
                return (
                  <div
                    key={index}
                    className="grid items-end gap-3 sm:grid-cols-[auto_1fr_1fr_auto]"
                  >
                    <label className="inline-flex min-h-11 items-center gap-2 text-sm">
                      <input
                        type="radio"
                        name={`questions.${row}.right`}
                        className="size-5 accent-brand-700"
                        checked={question.right === index}
                        onChange={() => setQuestion(row, { right: index }, 'answers')}
                      />
                      {t('quiz.right')}
                    </label>
                    {(['textEn', 'textFr'] as const).map((field) => (
                      <TextField
                        key={field}
                        lang={field === 'textFr' ? 'fr' : undefined}
                        label={t(`quiz.answer${field === 'textEn' ? 'En' : 'Fr'}`, {
                          row: index + 1,
                        })}
                        id={questionFieldId(`${row}.answers.${index}.${field}`)}
                        maxLength={200}
                        value={answer[field]}
                        onChange={(event) => setAnswer(field, event.target.value)}
                        error={error(`questions.${row}.answers.${index}.${field}`, 'answer')}
                      />
                    ))}
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={question.answers.length <= 2}
                      onClick={() =>
                        setQuestion(
                          row,
                          {
                            answers: question.answers.filter((_, i) => i !== index),
                            right:
                              question.right === index
                                ? 0
                                : question.right - (question.right > index ? 1 : 0),
                          },
                          'answers',
                        )
                      }
                    >
                      {t('quiz.removeAnswer', { row: index + 1 })}
                    </Button>
                  </div>
                );
              })}
              {answersError ? (
                <p
                  id={questionFieldId(`${row}.answers-error`)}
                  className="text-sm font-medium text-danger-700"
                >
                  {answersError}
                </p>
              ) : null}
              <Button
                variant="secondary"
                size="sm"
                className="self-start"
                disabled={question.answers.length >= MAX_ANSWERS}
                onClick={() =>
                  setQuestion(
                    row,
                    { answers: [...question.answers, { textEn: '', textFr: '' }] },
                    'answers',
                  )
                }
              >
                {t('quiz.addAnswer')}
              </Button>
            </fieldset>
          </li>
        );
      })}
      <li>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => onChange([...questions, newQuestion()])}
        >
          {t('quiz.addQuestion')}
        </Button>
      </li>
    </ol>
  );
};
