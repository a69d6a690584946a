// The routed pages. People is the default route, so it is part of the start-up bundle; every other
// page (and the libraries only it uses: Cytoscape, the planner's solver, the settings' crypto)
// loads on first visit, so opening the app evaluates a small bundle in short tasks.
import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { PeoplePage } from '../features/people/PeoplePage';
import type { Section } from './router';

type PageProps = { id: string | null };
type PageModule = { default: ComponentType<PageProps> };

// One loader per page: Suspense calls it on the first visit, and the navigation calls it early
// (hover or focus on a link) so that the chunk is usually in by the time the click lands.
const LOADERS: Record<Exclude<Section, 'people'>, () => Promise<PageModule>> = {
  organisations: () =>
    import('../features/organisations/OrganisationsPage').then((m) => ({
      default: m.OrganisationsPage,
    })),
  events: () => import('../features/events/EventsPage').then((m) => ({ default: m.EventsPage })),
  network: () =>
    import('../features/network/NetworkPage').then((m) => ({ default: m.NetworkPage })),
  representation: () =>
    import('../features/representation/RepresentationPage').then((m) => ({
      default: m.RepresentationPage,
    })),
  planner: () =>
    import('../features/planner/PlannerPage').then((m) => ({ default: m.PlannerPage })),
  settings: () =>
    import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
};

const LAZY_PAGES: Record<keyof typeof LOADERS, ComponentType<PageProps>> = {
  organisations: lazy(LOADERS.organisations),
  events: lazy(LOADERS.events),
  network: lazy(LOADERS.network),
  representation: lazy(LOADERS.representation),
  planner: lazy(LOADERS.planner),
  settings: lazy(LOADERS.settings),
};

/** Starts loading a page's code ahead of the navigation; the module cache makes repeats free. */
export function preloadPage(section: Section): void {
  if (section === 'people') return;
  // A failed prefetch is retried (and reported) by the real navigation.
  LOADERS[section]().catch(() => undefined);
}

/** The page of a section, with a placeholder in the page's own frame while its code loads. */
export function RoutedPage({ section, id }: { section: Section; id: string | null }) {
  if (section === 'people') return <PeoplePage id={id} />;
  const Page = LAZY_PAGES[section];
  return (
    <Suspense fallback={<PageLoading section={section} />}>
      <Page id={id} />
    </Suspense>
  );
}

function PageLoading({ section }: { section: Section }) {
  const { t } = useTranslation();
  // The same frame and title line as the page, so that nothing moves when it arrives. Not the
  // page's subtitle class: that line is the page's own (counts, filters) once it is in.
  return (
    <div className="page">
      <header className="page-header">
        <div className="page-header__titles">
          <h1 id="page-title">{t(`nav.${section}`)}</h1>
          <p className="muted" role="status">
            {t('common.loading')}
          </p>
        </div>
      </header>
    </div>
  );
}
