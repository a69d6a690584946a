// What the stage says when there is nothing to draw, and the one action that brings the graph
// back: the lens's node types all switched off, filters that leave no one, or a workspace with
// nothing for this lens yet. A blank canvas said none of this.
import { useTranslation } from 'react-i18next';
import type { Lens, NodeType } from '@shared/graph/elements';
import { lensNodeTypes } from '@shared/graph/elements';
import type { GraphFilters } from '@shared/graph/filters';
import { NO_GRAPH_FILTERS, countActiveFilters } from '@shared/graph/filters';
import { Button } from '../../ui/Button';
import { useNetworkView } from './networkViewStore';

export type EmptyReason = 'types' | 'filters' | 'workspace';

/** Why a view draws no node: switched-off types first (the filters cannot matter then). */
export function emptyReason(
  lens: Lens,
  hiddenTypes: readonly NodeType[],
  filters: GraphFilters,
): EmptyReason {
  if (lensNodeTypes(lens).every((type) => hiddenTypes.includes(type))) return 'types';
  if (countActiveFilters(filters) > 0) return 'filters';
  return 'workspace';
}

export function EmptyGraph() {
  const { t } = useTranslation();
  const view = useNetworkView();
  const reason = emptyReason(view.lens, view.hiddenTypes, view.filters);
  return (
    <div className="network-empty" role="status">
      <h2>{t('network.empty.title')}</h2>
      <p>
        {reason === 'types'
          ? t('network.empty.types')
          : reason === 'filters'
            ? t('network.empty.filters', { count: countActiveFilters(view.filters) })
            : t('network.empty.workspace', { lens: t(`network.lens.${view.lens}`) })}
      </p>
      {reason === 'types' && (
        <Button size="small" onClick={() => view.set({ hiddenTypes: [] })}>
          {t('network.empty.showTypes')}
        </Button>
      )}
      {reason === 'filters' && (
        <Button size="small" onClick={() => view.set({ filters: NO_GRAPH_FILTERS })}>
          {t('network.empty.clearFilters')}
        </Button>
      )}
    </div>
  );
}
