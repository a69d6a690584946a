// The renderer's i18n layer: react-i18next over the shared catalogues.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, DEFAULT_LANGUAGE } from '@shared/i18n';

export function initI18n(language: string = DEFAULT_LANGUAGE): void {
  if (i18next.isInitialized) return;
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: Object.fromEntries(
      Object.entries(catalogues).map(([lng, cat]) => [lng, { translation: cat }]),
    ),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
}

export { i18next };
