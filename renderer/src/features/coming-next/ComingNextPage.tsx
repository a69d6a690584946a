// The honest placeholder for views that later work builds: what the view will do, and the data
// already in the workspace that it will use. No fake charts.
import { useTranslation } from 'react-i18next';
import { useEvents, useOrganisations, useParticipations, usePeople } from '../../data/hooks';
import { PageHeader } from '../../ui/Layout';

export type ComingNextSection = 'network' | 'representation' | 'planner';

export function ComingNextPage({ section }: { section: ComingNextSection }) {
  const { t } = useTranslation();
  const people = usePeople();
  const organisations = useOrganisations();
  const events = useEvents();
  const participations = useParticipations();
  const loaded = people && organisations && events && participations;
  return (
    <div className="page page--scroll">
      <PageHeader title={t(`comingNext.${section}.title`)} />
      <section className="card coming-next" aria-labelledby="coming-next-heading">
        <h2 id="coming-next-heading">
          <span className="badge">{t('comingNext.title')}</span>
        </h2>
        <p>{t(`comingNext.${section}.body`)}</p>
        <p className="muted">{t('comingNext.meanwhile')}</p>
        <p>
          {loaded
            ? t('comingNext.counts', {
                people: people.length,
                organisations: organisations.length,
                events: events.length,
                participations: participations.length,
              })
            : t('common.loading')}
        </p>
      </section>
    </div>
  );
}
