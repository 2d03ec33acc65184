'use client';

import { createContext, type ReactNode, useContext } from 'react';

type FormatSettings = { locale: string; timeZone?: string };

const FormatContext = createContext<FormatSettings>({ locale: 'en' });

export type FormatLocaleProviderProps = FormatSettings & { children: ReactNode };

/** Tells the formatter components below it which locale (and time zone) to format for. */
export const FormatLocaleProvider = ({ locale, timeZone, children }: FormatLocaleProviderProps) => (
  <FormatContext.Provider value={{ locale, timeZone }}>{children}</FormatContext.Provider>
);

export const useFormatSettings = (): FormatSettings => useContext(FormatContext);
