// The selected node's details, links to edit it, a session's composition, and its neighbourhood
// as a list: everything the canvas shows, readable by a screen reader and by keyboard.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceData } from '@shared/domain/model';
import type { GraphNode } from '@shared/graph/elements';
import type { SchemeChoice } from '@shared/graph/filters';
import type { GraphMetrics } from '@shared/graph/metrics';
import { countryName } from '@shared/reference/countries';
import { Button } from '../../ui/Button';
import { categoriesOf } from '@shared/reference/regions';
import { compositionBars } from './compositionModel';
import type { CompositionPart } from './compositionModel';
import { communityNumbers } from './legendModel';
import { composition, formatBrokerage } from './networkView';

type Props = {
  node: GraphNode;
  workspace: WorkspaceData;
  metrics: GraphMetrics | null;
  scheme: SchemeChoice;
  neighbours: readonly GraphNode[];
  hops: 1 | 2;
  onHopsChange: (hops: 1 | 2) => void;
  onSelect: (id: string) => void;
  onClose: () => void;
};

type Part = CompositionPart & { label: string };

/**
 * One dimension of a session's composition: a bar of its parts in the graph's colours, then the
 * parts by name with count and share (the bar is a picture; the list says the same in words).
 */
function CompositionBar({ title, parts }: { title: string; parts: readonly Part[] }) {
  const { t } = useTranslation();
  const words = parts
    .map((p) => t('network.compositionShare', { label: p.label, count: p.count, share: p.share }))
    .join(', ');
  return (
    <div className="network-composition__dimension">
      <h4>{title}</h4>
      <div
        className="network-composition__bar"
        role="img"
        aria-label={t('network.compositionBar', { dimension: title, parts: words })}
      >
        {parts.map((p) => (
          <span
            key={p.value}
            style={{ flexGrow: p.count, background: p.colour }}
            title={t('network.compositionShare', {
              label: p.label,
              count: p.count,
              share: p.share,
            })}
          />
        ))}
      </div>
      <ul>
        {parts.map((p) => (
          <li key={p.value}>
            <span className="network-swatch" style={{ background: p.colour }} aria-hidden="true" />
            <span className="network-composition__label">{p.label}</span>
            <strong>{p.count}</strong>
            <span className="network-muted">{p.share} %</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function typeLabelKey(node: GraphNode): string {
  if (node.type === 'event')
    return node.level === 2 ? 'network.nodeTypeOne.session' : 'network.nodeTypeOne.event';
  return `network.nodeTypeOne.${node.type}`;
}

export function NodePanel({
  node,
  workspace,
  metrics,
  scheme,
  neighbours,
  hops,
  onHopsChange,
  onSelect,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const person =
    node.type === 'person' ? workspace.people.find((p) => p.id === node.recordId) : undefined;
  const org =
    node.type === 'organisation'
      ? workspace.organisations.find((o) => o.id === node.recordId)
      : undefined;
  const event =
    node.type === 'event' ? workspace.events.find((e) => e.id === node.recordId) : undefined;
  const comp = useMemo(
    () => (event ? composition(workspace, event.id, scheme) : null),
    [event, workspace, scheme],
  );
  const bars = useMemo(
    () => (comp ? compositionBars(comp, categoriesOf(scheme.key, scheme.custom)) : null),
    [comp, scheme],
  );
  const communities = useMemo(
    () => (metrics ? communityNumbers(metrics.community) : null),
    [metrics],
  );
  const orgName = (id: string) => {
    const o = workspace.organisations.find((x) => x.id === id);
    return o ? o.acronym || o.name : '—';
  };
  const eventName = (id: string) => workspace.events.find((e) => e.id === id)?.name ?? '—';
  const participations = person
    ? workspace.participations.filter((p) => p.personId === person.id && p.deletedAt === null)
    : [];
  const href = person
    ? `#/people/${person.id}`
    : org
      ? `#/organisations/${org.id}`
      : event
        ? `#/events/${event.id}`
        : null;
  const openKey = person ? 'person' : org ? 'organisation' : 'event';

  return (
    <section className="network-panel" aria-labelledby="network-node-title">
      <div className="network-panel__header">
        <div>
          <span className="network-panel__type">{t(typeLabelKey(node))}</span>
          <h2 id="network-node-title">
            {node.type === 'country' ? countryName(node.recordId) : node.label}
          </h2>
        </div>
        <Button icon="close" variant="ghost" label={t('network.panel.close')} onClick={onClose} />
      </div>
      {href && (
        <a className="btn btn--small" href={href}>
          {t(`network.panel.open.${openKey}`)}
        </a>
      )}
      <dl className="network-facts">
        {person && (
          <>
            <Row label={t('network.panel.gender')}>{t(`enums.gender.${person.gender}`)}</Row>
            <Row label={t('network.panel.nationalities')}>
              {person.nationalities.map(countryName).join(', ') || t('network.panel.none')}
            </Row>
            <Row label={t('network.panel.stakeholderGroup')}>
              {person.stakeholderGroup
                ? t(`enums.stakeholderGroup.${person.stakeholderGroup}`)
                : t('network.panel.none')}
            </Row>
            <Row label={t('network.panel.organisations')}>
              {person.affiliations.map((a) => orgName(a.organisationId)).join(', ') ||
                t('network.panel.none')}
            </Row>
            <Row label={t('network.panel.participations')}>
              {participations.length === 0 ? (
                t('network.panel.none')
              ) : (
                // One line each: the event, then role and status (was one long sentence).
                <ul className="network-participations">
                  {participations.map((p) => (
                    <li key={p.id}>
                      <span>{eventName(p.eventId)}</span>
                      <span className="network-muted">
                        {t(`enums.role.${p.role}`)} · {t(`enums.status.${p.status}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Row>
          </>
        )}
        {org && (
          <>
            <Row label={t('network.panel.type')}>{t(`enums.stakeholderGroup.${org.type}`)}</Row>
            <Row label={t('network.panel.country')}>
              {org.country ? countryName(org.country) : t('network.panel.none')}
            </Row>
          </>
        )}
        {event && (
          <>
            <Row label={t('network.panel.kind')}>{t(`enums.eventKind.${event.kind}`)}</Row>
            <Row label={t('network.panel.dates')}>
              {[event.startDate, event.endDate].filter(Boolean).join(' – ') ||
                t('network.panel.none')}
            </Row>
          </>
        )}
        {(node.type === 'country' || node.type === 'organisation') && (
          <Row label={t('network.panel.region')}>{node.region ?? t('network.panel.none')}</Row>
        )}
        {metrics && (
          <>
            <Row label={t('network.panel.links')}>{metrics.degree[node.id] ?? 0}</Row>
            <Row label={t('network.panel.brokerage')}>
              {formatBrokerage(metrics.betweenness[node.id] ?? 0)}
            </Row>
            <Row label={t('network.panel.community')}>
              {communities?.get(String(metrics.community[node.id])) !== undefined
                ? t('network.legend.community', {
                    n: communities.get(String(metrics.community[node.id])),
                  })
                : '—'}
            </Row>
          </>
        )}
      </dl>
      {comp && bars && (
        <section className="network-composition" aria-labelledby="network-composition-title">
          <h3 id="network-composition-title">{t('network.panel.composition')}</h3>
          <p className="network-muted">
            {t('network.panel.compositionHint', { count: comp.total })}
          </p>
          <CompositionBar
            title={t('network.panel.byGender')}
            parts={bars.genders.map((p) => ({ ...p, label: t(`enums.gender.${p.value}`) }))}
          />
          <CompositionBar
            title={t('network.panel.byRegion')}
            parts={bars.regions.map((p) => ({
              ...p,
              label: p.value === 'unknown' ? t('network.legend.noValue') : p.value,
            }))}
          />
        </section>
      )}
      <section aria-labelledby="network-neighbours-title">
        <h3 id="network-neighbours-title">
          {t('network.panel.neighbourhood', { count: neighbours.length })}
        </h3>
        <label className="network-hops">
          <span>{t('network.hops.label')}</span>
          <select
            className="select"
            value={hops}
            onChange={(e) => onHopsChange(e.target.value === '2' ? 2 : 1)}
          >
            <option value="1">{t('network.hops.one')}</option>
            <option value="2">{t('network.hops.two')}</option>
          </select>
        </label>
        <p className="network-muted">
          {t('network.panel.neighbourhoodHint', {
            hops: hops === 1 ? t('network.hops.one') : t('network.hops.two'),
          })}
        </p>
        <ul className="network-list">
          {neighbours.map((n) => (
            <li key={n.id}>
              <button type="button" className="network-list__item" onClick={() => onSelect(n.id)}>
                <span>{n.type === 'country' ? countryName(n.recordId) : n.label}</span>
                <span className="network-muted">{t(typeLabelKey(n))}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
