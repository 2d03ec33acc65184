/**
 * Names and titles the staff type in both languages (a tier's `name` and `nameFr`, a reward's
 * `nameEn` and `nameFr`, a game's `titleEn` and `titleFr`…), in the reader's language: the French
 * one in French when it is filled in, else the English one.
 */
export const inLanguage = (locale: string, en: string, fr: string | null | undefined): string =>
  locale === 'fr' && fr?.trim() ? fr : en;

/** A record's `${stem}En` and `${stem}Fr`, e.g. `nameEn` and `nameFr` for the stem `name`. */
export type Bilingual<Stem extends string> = Record<`${Stem}En`, string> &
  Partial<Record<`${Stem}Fr`, string | null>>;

/** `localisedName(reward, 'name', locale)`: its `nameFr` in French when filled in, else `nameEn`. */
export const localisedName = <Stem extends string>(
  record: Bilingual<Stem>,
  stem: Stem,
  locale: string,
): string => {
  // The type above guarantees both keys; TypeScript cannot index a generic intersection by them.
  const names = record as Record<string, string | null | undefined>;
  return inLanguage(locale, names[`${stem}En`] ?? '', names[`${stem}Fr`]);
};

/** A tier's name (`name` is its English one, `nameFr` its French one) in a language. */
export const tierNameIn = (
  tier: { name: string; nameFr?: string | null },
  locale: string,
): string => inLanguage(locale, tier.name, tier.nameFr);
