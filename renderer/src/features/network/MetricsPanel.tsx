// Network metrics at a glance and the two one-click findings: bridges and isolated groups.
import { useTranslation } from 'react-i18next';
import type { GraphNode } from '@shared/graph/elements';
import type { Bridge, GraphMetrics, IsolatedGroup } from '@shared/graph/metrics';
import { Button } from '../../ui/Button';
import { formatBrokerage } from './networkView';

export type Finding = 'bridges' | 'isolated' | null;

type Props = {
  nodeCount: number;
  edgeCount: number;
  metrics: GraphMetrics | null;
  bridges: readonly Bridge[];
  isolated: readonly IsolatedGroup[];
  finding: Finding;
  onFinding: (finding: Finding) => void;
  nodeById: ReadonlyMap<string, GraphNode>;
  onSelect: (id: string) => void;
};

export function MetricsPanel(props: Props) {
  const { t } = useTranslation();
  const { metrics, finding } = props;
  const name = (id: string) => props.nodeById.get(id)?.label ?? id;
  return (
    <section className="network-section network-metrics" aria-labelledby="network-metrics-title">
      <h2 id="network-metrics-title">{t('network.metrics.title')}</h2>
      <dl className="network-stats">
        <div>
          <dt>{t('network.metrics.nodes')}</dt>
          <dd>{props.nodeCount}</dd>
        </div>
        <div>
          <dt>{t('network.metrics.edges')}</dt>
          <dd>{props.edgeCount}</dd>
        </div>
        <div>
          <dt>{t('network.metrics.components')}</dt>
          <dd>{metrics ? metrics.componentSizes.length : '…'}</dd>
        </div>
        <div>
          <dt>{t('network.metrics.communities')}</dt>
          <dd>{metrics ? metrics.communityCount : '…'}</dd>
        </div>
        <div>
          <dt>{t('network.metrics.isolates')}</dt>
          <dd>{metrics ? metrics.isolates.length : '…'}</dd>
        </div>
      </dl>
      <div className="network-findings">
        <Button
          size="small"
          variant={finding === 'bridges' ? 'primary' : 'secondary'}
          aria-pressed={finding === 'bridges'}
          disabled={!metrics}
          title={t('network.metrics.bridgesHint')}
          onClick={() => props.onFinding(finding === 'bridges' ? null : 'bridges')}
        >
          {t('network.metrics.bridges')}
        </Button>
        <Button
          size="small"
          variant={finding === 'isolated' ? 'primary' : 'secondary'}
          aria-pressed={finding === 'isolated'}
          disabled={!metrics}
          title={t('network.metrics.isolatedHint')}
          onClick={() => props.onFinding(finding === 'isolated' ? null : 'isolated')}
        >
          {t('network.metrics.isolated')}
        </Button>
      </div>
      {finding === 'bridges' && (
        <div role="status">
          <p className="network-muted">{t('network.metrics.bridgesHint')}</p>
          {props.bridges.length === 0 ? (
            <p>{t('network.metrics.noBridges')}</p>
          ) : (
            <ol className="network-list">
              {props.bridges.map((b) => (
                <li key={b.id}>
                  <button
                    type="button"
                    className="network-list__item"
                    onClick={() => props.onSelect(b.id)}
                  >
                    <span>{name(b.id)}</span>
                    <span className="network-muted">
                      {t('network.metrics.bridgeMeta', {
                        score: formatBrokerage(b.betweenness),
                        communities: b.communities,
                      })}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
      {finding === 'isolated' && metrics && (
        <div role="status">
          <p className="network-muted">{t('network.metrics.isolatedHint')}</p>
          {props.isolated.length === 0 && metrics.isolates.length === 0 ? (
            <p>{t('network.metrics.noIsolated')}</p>
          ) : (
            <ul className="network-list">
              {props.isolated.map((g) => (
                <li key={g.component}>
                  <button
                    type="button"
                    className="network-list__item"
                    onClick={() => props.onSelect(g.nodes[0] as string)}
                  >
                    <span>
                      {g.nodes.slice(0, 3).map(name).join(', ')}
                      {g.nodes.length > 3 ? '…' : ''}
                    </span>
                    <span className="network-muted">
                      {t('network.metrics.groupOf', { count: g.nodes.length })}
                    </span>
                  </button>
                </li>
              ))}
              {metrics.isolates.length > 0 && (
                <li className="network-muted">
                  {t('network.metrics.isolatedNodes', { count: metrics.isolates.length })}:{' '}
                  {metrics.isolates.slice(0, 8).map(name).join(', ')}
                  {metrics.isolates.length > 8 ? '…' : ''}
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
