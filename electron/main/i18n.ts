// The main process's translations (menu, dialogs), over the same catalogues as the renderer.
import i18next from 'i18next';
import { catalogues, DEFAULT_LANGUAGE } from '@shared/i18n';
import type { Translate } from './menu';

/** The best catalogue language for an OS locale such as 'fr-CA'; English when none fits. */
export function pickLanguage(locale: string): string {
  const available = Object.keys(catalogues);
  const lower = locale.toLowerCase();
  return (
    available.find((language) => language.toLowerCase() === lower) ??
    available.find((language) => language.toLowerCase() === lower.split('-')[0]) ??
    DEFAULT_LANGUAGE
  );
}

export function createTranslator(locale: string): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: pickLanguage(locale),
    fallbackLng: DEFAULT_LANGUAGE,
    resources: Object.fromEntries(
      Object.entries(catalogues).map(([language, catalogue]) => [
        language,
        { translation: catalogue },
      ]),
    ),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (key, values) => instance.t(key, { ...values });
}
