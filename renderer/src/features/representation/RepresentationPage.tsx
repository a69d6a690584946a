// The Representation screen: who is represented and who is missing for a scope, population and
// dimension — counts and shares, targets, the invitation funnel, cross-tabs, panel checks and
// indices. All numbers come from shared/analytics; this file only wires and memoises.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allCategories,
  buildPopulationIndex,
  countsOf,
  crossTab,
  distribution,
  evaluateTarget,
  invitationFunnel,
  memberStatesBenchmark,
  panelChecks,
  representationRatios,
  withDescendants,
} from '@shared/analytics';
import type { EventId } from '@shared/domain/model';
import {
  useEvents,
  useOrganisations,
  useParticipations,
  usePeople,
  useRegionSchemes,
  useTargets,
} from '../../data/hooks';
import { PageHeader } from '../../ui/Layout';
import { EmptyState } from '../../ui/Notice';
import {
  CrossTabTable,
  FunnelSection,
  IndicesSection,
  PanelChecksSection,
} from './AnalysisSections';
import { Controls, DimensionSelect, SchemeSelect } from './Controls';
import { DistributionSection } from './DistributionSection';
import { TargetsSection } from './TargetsSection';
import { publishIndices, publishRatios } from './publishCards';
import { TrendSection } from './TrendSection';
import { RegionSchemesSection } from './RegionSchemesSection';
import { FactsReport } from './FactsReport';
import { SuppressionControls, SuppressionNote } from './SuppressionBar';
import { exportName, publishOptionsOf } from './publishModel';
import { numberText, percentText } from './labels';
import {
  analysisData,
  attributeKeys,
  benchmarkKind,
  dimensionOf,
  eventOptions,
  indexValues,
  needsScheme,
  populationOf,
  storableDimension,
  targetsInView,
} from './representationModel';
import { useRepresentationView } from './representationViewStore';
import './representation.css';

export function RepresentationPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const people = usePeople();
  const organisations = useOrganisations();
  const events = useEvents();
  const participations = useParticipations();
  const targets = useTargets();
  const regionSchemes = useRegionSchemes();
  const view = useRepresentationView();
  // `#/representation/<event id>` opens the screen on that event.
  const eventIds = useMemo(
    () => (id !== null && view.eventIds.length === 0 ? [id as EventId] : view.eventIds),
    [id, view.eventIds],
  );

  const data = useMemo(
    () =>
      people && organisations && events && participations && targets && regionSchemes
        ? analysisData({ people, organisations, events, participations, targets, regionSchemes })
        : null,
    [people, organisations, events, participations, targets, regionSchemes],
  );
  // Who took part in what, joined once per data change: the distributions below (and any
  // change of dimension or filter) find their population from it in a pass over integers.
  const index = useMemo(() => (data === null ? undefined : buildPopulationIndex(data)), [data]);
  const dimension = useMemo(
    () => dimensionOf(view.dimension, view.scheme),
    [view.dimension, view.scheme],
  );
  const crossDimension = useMemo(
    () => dimensionOf(view.crossDimension, view.crossScheme),
    [view.crossDimension, view.crossScheme],
  );
  const population = useMemo(
    () => populationOf(eventIds, view.statuses, view.roles),
    [eventIds, view.statuses, view.roles],
  );
  const options = useMemo(() => eventOptions(events ?? []), [events]);
  const attributes = useMemo(() => attributeKeys(people ?? []), [people]);
  const schemes = regionSchemes ?? [];
  const publish = useMemo(
    () => publishOptionsOf(view.suppress, view.threshold),
    [view.suppress, view.threshold],
  );
  const dimensionName = view.dimension.startsWith('attribute:')
    ? view.dimension.slice('attribute:'.length)
    : t(`representation.dimensions.${view.dimension}`);
  const crossName = view.crossDimension.startsWith('attribute:')
    ? view.crossDimension.slice('attribute:'.length)
    : t(`representation.dimensions.${view.crossDimension}`);

  const analysis = useMemo(() => {
    if (data === null) return null;
    const scoped = dimension.kind === 'nationality' || dimension.kind === 'residence';
    const includeEmpty = scoped && dimension.scheme !== 'country';
    const dist = distribution(data, dimension, population, { includeEmpty, index });
    const categories = allCategories(dimension, data.regionSchemes);
    const evaluations = targetsInView(data.targets, eventIds, dimension).map((target) =>
      evaluateTarget(data, target),
    );
    const funnel = invitationFunnel(data, dimension, population, { includeEmpty });
    const cross = crossTab(data, dimension, crossDimension, population);
    const inScope =
      population.eventIds === null ? null : withDescendants(data.events, population.eventIds);
    const checks = panelChecks(data, { eventIds: inScope });
    const benchmark =
      benchmarkKind(dimension) === 'member-states'
        ? memberStatesBenchmark(view.scheme, data.regionSchemes)
        : countsOf(distribution(data, dimension, { ...population, statuses: null }, { index }));
    const ratios = representationRatios(countsOf(dist), benchmark);
    return { dist, categories, evaluations, funnel, cross, checks, ratios };
  }, [data, index, dimension, crossDimension, population, eventIds, view.scheme]);

  const eventsById = useMemo(() => new Map((events ?? []).map((e) => [e.id, e])), [events]);
  const eventName = (eventId: EventId | null) =>
    eventId === null
      ? t('representation.targets.everyEvent')
      : (eventsById.get(eventId)?.name ?? eventId);

  return (
    <div className="page rep-page">
      <PageHeader
        title={t('representation.title')}
        subtitle={t('representation.subtitle')}
        actions={
          <div className="rep-modes" role="group" aria-label={t('representation.modes.label')}>
            {(['analysis', 'facts'] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                className="rep-modes__button"
                aria-pressed={view.mode === mode}
                onClick={() => view.set({ mode })}
              >
                {t(`representation.modes.${mode}`)}
              </button>
            ))}
          </div>
        }
      />
      {analysis === null || data === null ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : data.people.length === 0 ? (
        <EmptyState title={t('representation.emptyTitle')}>
          <p>{t('representation.emptyBody')}</p>
        </EmptyState>
      ) : view.mode === 'facts' ? (
        <div className="rep-body">
          <FactsReport
            data={data}
            eventId={view.factsEventId ?? eventIds[0] ?? null}
            onEvent={(factsEventId) => view.set({ factsEventId })}
            publish={publish}
          />
        </div>
      ) : (
        <div className="rep-body">
          <Controls events={options} attributes={attributes} customSchemes={schemes} />
          <section className="rep-publish" aria-label={t('representation.exports.safety')}>
            <SuppressionControls />
            {publish.suppress ? (
              <SuppressionNote threshold={publish.threshold ?? 5} />
            ) : (
              <p className="muted">{t('representation.exports.safetyHint')}</p>
            )}
          </section>
          <div className="rep-grid">
            <DistributionSection
              dist={analysis.dist}
              dimension={dimension}
              rules={analysis.evaluations.flatMap((e) => e.rules)}
              publish={publish}
              dimensionName={dimensionName}
            />
            <TargetsSection
              evaluations={analysis.evaluations}
              dimension={dimension}
              storable={storableDimension(dimension)}
              eventIds={eventIds}
              statuses={view.statuses}
              roles={view.roles}
              categories={
                analysis.categories.length > 0
                  ? analysis.categories
                  : analysis.dist.categories.map((c) => c.key)
              }
              eventName={eventName}
              publish={publish}
            />
            <IndicesSection
              indices={publishIndices(
                indexValues(analysis.dist, dimension, analysis.categories.length),
                analysis.dist,
                publish,
              ).map((i) => ({
                key: i.key,
                value: i.format === 'share' ? percentText(i.value, 1) : numberText(i.value),
                hidden: i.hidden,
              }))}
              ratios={publishRatios(analysis.ratios, analysis.dist, publish)}
              benchmarkLabel={t(`representation.indices.benchmarks.${benchmarkKind(dimension)}`)}
              dimension={dimension}
            />
            <PanelChecksSection checks={analysis.checks} />
            <section className="rep-card rep-card--wide" aria-labelledby="rep-cross-title">
              <h2 id="rep-cross-title">{t('representation.cross.title')}</h2>
              <div className="rep-inline-controls">
                <DimensionSelect
                  label={t('representation.cross.against')}
                  value={view.crossDimension}
                  onChange={(crossDimension) => view.set({ crossDimension })}
                  attributes={attributes}
                />
                {needsScheme(view.crossDimension) && (
                  <SchemeSelect
                    label={t('representation.controls.scheme')}
                    value={view.crossScheme}
                    onChange={(crossScheme) => view.set({ crossScheme })}
                    customSchemes={schemes}
                  />
                )}
              </div>
              <CrossTabTable
                tab={analysis.cross}
                rowDimension={dimension}
                colDimension={crossDimension}
                publish={publish}
                fileName={exportName(dimensionName, 'by', crossName)}
              />
            </section>
            <FunnelSection
              funnel={analysis.funnel}
              dimension={dimension}
              publish={publish}
              dimensionName={dimensionName}
            />
            <TrendSection
              data={data}
              dimension={dimension}
              dimensionName={dimensionName}
              categories={
                analysis.categories.length > 0
                  ? analysis.categories
                  : analysis.dist.categories.map((c) => c.key)
              }
              scheme={view.scheme}
              eventIds={eventIds}
              statuses={view.statuses}
              roles={view.roles}
              publish={publish}
            />
            <RegionSchemesSection schemes={schemes} />
          </div>
        </div>
      )}
    </div>
  );
}
