// Messages by id in the language asked for. Placeholders are typed from the Chinese table, so a
// message cannot be built without its arguments; an argument may itself be a message (`Msg`),
// rendered in the same language, which lets facts describe themselves before a language is chosen.
import { EN } from './en';
import { ZH_CN } from './zhCN';

export type Locale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type MessageId = keyof typeof ZH_CN;
export type MessageTable = { readonly [Id in MessageId]: string };

/** `'a {x} b {y}'` → `'x' | 'y'`. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type Arg = string | number | Msg;
export type ArgsOf<Id extends MessageId> = { readonly [P in Placeholders<(typeof ZH_CN)[Id]>]: Arg };
/** A message's arguments, or none for a message without placeholders. */
type ArgList<Id extends MessageId> = Placeholders<(typeof ZH_CN)[Id]> extends never ? [] : [args: ArgsOf<Id>];

/** A message not yet rendered. */
export interface Msg {
  readonly id: MessageId;
  readonly args: Readonly<Record<string, Arg>>;
}

export function msg<Id extends MessageId>(id: Id, ...args: ArgList<Id>): Msg {
  return { id, args: args[0] ?? {} };
}

export const TABLES: Readonly<Record<Locale, MessageTable>> = { 'zh-CN': ZH_CN, en: EN };

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a message template, in order. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

export interface Translator {
  readonly locale: Locale;
  <Id extends MessageId>(id: Id, ...args: ArgList<Id>): string;
  /** A message built earlier (by a fact), in this language. */
  render(message: Msg): string;
  /** `items` joined by a list separator of this language (`list.enumeration` is `、` or `, `). */
  join(items: readonly string[], separator: 'list.enumeration' | 'list.clauses' | 'list.semicolons'): string;
}

export function translator(locale: Locale = DEFAULT_LOCALE): Translator {
  const table = TABLES[locale] ?? TABLES[DEFAULT_LOCALE];
  const render = ({ id, args }: Msg): string =>
    table[id].replace(PLACEHOLDER, (whole, name: string) => {
      const value = args[name];
      if (value === undefined) return whole;
      return typeof value === 'object' ? render(value) : String(value);
    });
  const t = <Id extends MessageId>(id: Id, ...args: ArgList<Id>): string => render(msg(id, ...args));
  return Object.assign(t, {
    locale,
    render,
    join: (items: readonly string[], separator: 'list.enumeration' | 'list.clauses' | 'list.semicolons') => items.join(table[separator]),
  });
}

/**
 * The language for a BCP 47 tag as editors send it (`zh-cn`, `zh-tw`, `en-US`, `fr`): Chinese for
 * `zh*`, English for any other language; Chinese when no tag is given.
 */
export function localeOf(tag: string | null | undefined): Locale {
  if (typeof tag !== 'string' || tag === '') return DEFAULT_LOCALE;
  return /^zh($|[-_])/i.test(tag) ? 'zh-CN' : 'en';
}
