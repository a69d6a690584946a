// The i18n catalogues. One namespace per file under en/; add a language by adding a folder with
// the same shape. Both the renderer (react-i18next) and the main process (menus, dialogs) use them.
import { common } from './en/common';
import { menu } from './en/menu';
import { validation } from './en/validation';
import { enums } from './en/enums';
import { errors, history, nav, shell } from './en/app';
import { people } from './en/people';
import { organisations } from './en/organisations';
import { events } from './en/events';
import { settings } from './en/settings';
import { regions } from './en/regions';
import { network } from './en/network';
import { filters } from './en/filters';
import { representation } from './en/representation';
import { planner } from './en/planner';
import { transfer } from './en/transfer';
import { privacy } from './en/privacy';
import { team } from './en/team';

export const en = {
  common,
  menu,
  validation,
  enums,
  nav,
  shell,
  history,
  errors,
  people,
  organisations,
  events,
  settings,
  regions,
  network,
  filters,
  representation,
  planner,
  transfer,
  privacy,
  team,
} as const;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
/** The shape every language's catalogue has: the English keys, any strings. */
export type Catalogue = DeepStrings<typeof en>;
export const DEFAULT_LANGUAGE = 'en';
export const catalogues = { en } as const satisfies Record<string, Catalogue>;
