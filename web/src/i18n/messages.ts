// Pure message lookup, shared by the React context and the unit tests.
import { en } from './en.ts';
import { type MessageKey, vi } from './vi.ts';

export type Lang = 'vi' | 'en';
export type { MessageKey };
export const LANGS: Lang[] = ['vi', 'en'];
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang][key] ?? dictionaries.vi[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** A key built from an API value (`status.${x}`), or the value itself when the dictionary lacks it. */
export function translateCode(lang: Lang, prefix: string, code: string | null | undefined): string {
  if (code == null || code === '') return '';
  const key = `${prefix}.${code}` as MessageKey;
  return key in dictionaries[lang] ? dictionaries[lang][key] : code;
}

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}
