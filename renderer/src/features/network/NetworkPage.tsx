// The Network view: people, organisations, events, countries and regions as one explorable
// graph, with lenses, filters, styling, metrics, saved views and export.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView, WorkspaceData } from '@shared/domain/model';
import { emptyWorkspaceData } from '@shared/domain/model';
import { toGraphElements } from '@shared/graph/elements';
import type { GraphElements, GraphNode } from '@shared/graph/elements';
import { findBridges, findIsolatedGroups } from '@shared/graph/metrics';
import { categoriesOf } from '@shared/reference/regions';
import { countryName } from '@shared/reference/countries';
import {
  useEvents,
  useOrganisations,
  useParticipations,
  usePeople,
  useRegionSchemes,
  useRelationships,
  useStore,
} from '../../data/hooks';
import { logExport } from '../../data/repo/exportLog';
import { PageHeader } from '../../ui/Layout';
import { Notice } from '../../ui/Notice';
import { Button } from '../../ui/Button';
import { CytoscapeGraph, webglSupport } from './CytoscapeGraph';
import type { GraphApi } from './CytoscapeGraph';
import { EmptyGraph } from './EmptyGraph';
import { Legend, exportLegend } from './Legend';
import { MetricsPanel } from './MetricsPanel';
import type { Finding } from './MetricsPanel';
import { NetworkControls } from './NetworkControls';
import { NetworkFilters } from './NetworkFilters';
import { NodePanel } from './NodePanel';
import { SavedViews } from './SavedViews';
import { exportPng, exportSvg } from './exportView';
import type { Positions } from './layoutModel';
import { NO_GROUP, OTHER_GROUP } from './arrangements';
import { buildPalette } from './networkStyle';
import { neighbourhood, readSavedState, styleMetrics, toCyElements } from './networkView';
import type { SavedNetworkState } from './networkView';
import { useNetworkView } from './networkViewStore';
import { primeLayoutCache, useLayout } from './useLayout';
import { useMetrics } from './useMetrics';
import { useToasts } from '../../ui/toasts';
import './network.css';

/**
 * Above this many elements (nodes + links) the view proposes the WebGL renderer and draws the
 * canvas in its large-graph mode (haystack edges, a cached bitmap while panning and zooming).
 * The demo's participation lens has ~1,000; 5,000 people with their participations ~20,000.
 */
export const WEBGL_SUGGEST_ABOVE = 3000;

type Drawn = { elements: GraphElements; positions: Positions; key: string };

function useWorkspace(): WorkspaceData | null {
  const people = usePeople();
  const organisations = useOrganisations();
  const events = useEvents();
  const participations = useParticipations();
  const relationships = useRelationships();
  const regionSchemes = useRegionSchemes();
  return useMemo(() => {
    if (!people || !organisations || !events || !participations || !relationships || !regionSchemes)
      return null;
    return {
      ...emptyWorkspaceData(),
      people,
      organisations,
      events,
      participations,
      relationships,
      regionSchemes,
    };
  }, [people, organisations, events, participations, relationships, regionSchemes]);
}

export function NetworkPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const store = useStore();
  const workspace = useWorkspace();
  const view = useNetworkView();
  const apiRef = useRef<GraphApi | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(id);
  const [focus, setFocus] = useState<{ id: string; seq: number } | null>(
    id ? { id, seq: 0 } : null,
  );
  const [finding, setFinding] = useState<Finding>(null);
  // Asked once: a WebGL 2 context is not free, and the answer does not change.
  const [webglKind] = useState(webglSupport);
  const webglOk = webglKind !== 'none';

  // '/' focuses the search from anywhere on the page, also when nothing has the focus (then the
  // key goes to the document body, outside the page's own handlers).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target;
      if (
        target instanceof HTMLInputElement ||
        target instanceof HTMLSelectElement ||
        target instanceof HTMLTextAreaElement ||
        (target instanceof HTMLElement && target.isContentEditable)
      )
        return;
      e.preventDefault();
      document.querySelector<HTMLInputElement>('.network-search input')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // A new id in the address (a link from elsewhere) selects and centres that node.
  const [routeId, setRouteId] = useState(id);
  if (routeId !== id) {
    setRouteId(id);
    if (id !== null) {
      setSelectedId(id);
      setFocus((f) => ({ id, seq: (f?.seq ?? 0) + 1 }));
    }
  }

  const scheme = useMemo(
    () => ({ key: view.schemeKey, custom: workspace?.regionSchemes ?? [] }),
    [view.schemeKey, workspace],
  );
  const elements = useMemo(
    () =>
      workspace &&
      toGraphElements(workspace, view.lens, view.filters, scheme, {
        hiddenTypes: view.hiddenTypes,
      }),
    [workspace, view.lens, view.filters, scheme, view.hiddenTypes],
  );
  const metrics = useMetrics(elements);
  const layout = useLayout(elements, view.layout, view.groupBy);
  const currentKey = layout.key;

  // The last finished layout stays on screen while the next one runs; after a cancel or a
  // failure the current elements are drawn with whatever positions are known.
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const { ready, state: layoutState } = layout;
  let next: Drawn | null = null;
  if (elements !== null && currentKey !== null) {
    if (ready?.key === currentKey) next = { elements, positions: ready.positions, key: currentKey };
    else if (layoutState?.status === 'cancelled' || layoutState?.status === 'failed') {
      next = { elements, positions: drawn?.positions ?? {}, key: `${currentKey}:unplaced` };
    }
  }
  if (
    next !== null &&
    (drawn === null ||
      drawn.elements !== next.elements ||
      drawn.positions !== next.positions ||
      drawn.key !== next.key)
  ) {
    setDrawn(next);
  }

  const regionOrder = useMemo(() => categoriesOf(scheme.key, scheme.custom), [scheme]);
  const shown = drawn?.elements ?? null;
  const shownMetrics = styleMetrics(
    view.colourBy,
    view.sizeBy,
    shown === elements ? metrics : null,
  );
  const palette = useMemo(
    () => buildPalette(shown ?? { nodes: [], edges: [] }, view.colourBy, shownMetrics, regionOrder),
    [shown, view.colourBy, shownMetrics, regionOrder],
  );
  const cyElements = useMemo(
    () =>
      toCyElements(
        shown ?? { nodes: [], edges: [] },
        palette,
        view.sizeBy,
        shownMetrics,
        {
          layout: view.layout,
          groupBy: view.groupBy,
          groupLabel: (by, value) => {
            if (value === OTHER_GROUP) return t(`network.groups.other.${by}`);
            if (value === NO_GROUP) return t(`network.groups.none.${by}`);
            if (by === 'stakeholderGroup') return t(`enums.stakeholderGroup.${value}`);
            if (by !== 'organisation') return value;
            const org = workspace?.organisations.find((o) => o.id === value);
            return org?.acronym || org?.name || value;
          },
        },
        (role) => t(`enums.role.${role}`),
      ),
    [shown, palette, view.sizeBy, shownMetrics, view.layout, view.groupBy, t, workspace],
  );

  const nodeById = useMemo(
    () => new Map((elements?.nodes ?? []).map((n) => [n.id, n])),
    [elements],
  );
  const selected = selectedId !== null ? (nodeById.get(selectedId) ?? null) : null;
  const bridges = useMemo(
    () => (elements && metrics ? findBridges(elements, metrics) : []),
    [elements, metrics],
  );
  const isolated = useMemo(
    () => (elements && metrics ? findIsolatedGroups(elements, metrics) : []),
    [elements, metrics],
  );
  const near = useMemo(
    () => (elements && selected ? neighbourhood(elements, selected.id, view.hops) : null),
    [elements, selected, view.hops],
  );
  const highlight = useMemo<ReadonlySet<string> | null>(() => {
    if (finding === 'bridges' && elements) {
      const ids = new Set<string>();
      for (const b of bridges) for (const n of neighbourhood(elements, b.id, 1)) ids.add(n);
      return ids;
    }
    if (finding === 'isolated' && metrics) {
      return new Set([...isolated.flatMap((g) => g.nodes), ...metrics.isolates]);
    }
    return near;
  }, [finding, elements, bridges, isolated, metrics, near]);
  // A finding ('Show me the bridges', 'the isolated groups') brings its nodes into view.
  useEffect(() => {
    if (finding !== null && highlight !== null) apiRef.current?.reveal(highlight);
  }, [finding, highlight]);
  const neighbours = useMemo<GraphNode[]>(
    () =>
      near && selected
        ? [...near]
            .filter((n) => n !== selected.id)
            .map((n) => nodeById.get(n))
            .filter((n): n is GraphNode => n !== undefined)
            .sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label))
        : [],
    [near, selected, nodeById],
  );

  const select = useCallback((next: string | null) => {
    setSelectedId(next);
    if (next !== null) {
      setFinding(null);
      setFocus((f) => ({ id: next, seq: (f?.seq ?? 0) + 1 }));
    }
  }, []);
  const onCanvasSelect = useCallback((next: string | null) => {
    setSelectedId(next);
    if (next !== null) setFinding(null);
  }, []);

  const currentState = (): SavedNetworkState => ({
    lens: view.lens,
    filters: view.filters,
    hiddenTypes: view.hiddenTypes,
    schemeKey: view.schemeKey,
    layout: view.layout,
    groupBy: view.groupBy,
    colourBy: view.colourBy,
    sizeBy: view.sizeBy,
    positions: ready !== null && ready.key === currentKey ? ready.positions : null,
    layoutKey: ready !== null && ready.key === currentKey ? currentKey : null,
  });
  const openView = (saved: SavedView) => {
    const state = readSavedState(saved.state);
    if (state.positions !== null && state.layoutKey !== null)
      primeLayoutCache(state.layoutKey, state.positions);
    view.set({
      lens: state.lens,
      filters: state.filters,
      hiddenTypes: state.hiddenTypes,
      schemeKey: state.schemeKey,
      layout: state.layout,
      groupBy: state.groupBy,
      colourBy: state.colourBy,
      sizeBy: state.sizeBy,
    });
    setSelectedId(null);
    setFinding(null);
    toasts.show(t('network.saved.opened', { name: saved.name }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      setSelectedId(null);
      setFinding(null);
    }
  };

  const searchOptions = useMemo(
    () =>
      (elements?.nodes ?? []).map((n) => ({
        value: n.id,
        label: n.type === 'country' ? countryName(n.recordId) : n.label,
        meta: t(
          n.type === 'event' && n.level === 2
            ? 'network.nodeTypeOne.session'
            : `network.nodeTypeOne.${n.type}`,
        ),
      })),
    [elements, t],
  );

  const onExport = (kind: 'png' | 'svg') => {
    const api = apiRef.current;
    if (api === null) return;
    (kind === 'png'
      ? exportPng(api, t('network.export.fileName'), exportLegend(t, palette, view.sizeBy))
      : exportSvg(
          api,
          t('network.export.fileName'),
          t('network.title'),
          exportLegend(t, palette, view.sizeBy),
        )
    )
      .then(async (r) => {
        if (!r.saved) return;
        // The picture names the people shown: the export log records how many.
        const people = elements?.nodes.filter((n) => n.type === 'person').length ?? 0;
        await logExport(store, { what: `network-${kind}`, form: 'full', people });
        toasts.show(t('network.export.done', { file: r.fileName ?? '' }));
      })
      .catch((e: unknown) =>
        toasts.show(
          t('network.export.failed', { details: e instanceof Error ? e.message : String(e) }),
        ),
      );
  };

  if (workspace === null || elements === null) {
    return (
      <div className="page">
        <PageHeader title={t('network.title')} subtitle={t('network.loading')} />
      </div>
    );
  }
  const elementCount = elements.nodes.length + elements.edges.length;
  const large = elementCount > WEBGL_SUGGEST_ABOVE;
  const webgl = view.webgl && webglOk;
  const running = layoutState?.status === 'running' ? layoutState : null;

  return (
    <div className="page network" onKeyDown={onKeyDown}>
      <PageHeader
        title={t('network.title')}
        subtitle={t('network.subtitle', {
          nodes: elements.nodes.length,
          edges: elements.edges.length,
        })}
        actions={
          <>
            <Button size="small" onClick={() => onExport('png')} disabled={drawn === null}>
              {t('network.export.png')}
            </Button>
            <Button size="small" onClick={() => onExport('svg')} disabled={drawn === null}>
              {t('network.export.svg')}
            </Button>
          </>
        }
      />
      <NetworkControls searchOptions={searchOptions} selectedId={selectedId} onSearch={select} />
      {view.webgl && !webglOk && (
        <Notice tone="warning">
          {t('network.large.unavailable')}{' '}
          <Button size="small" onClick={() => view.set({ webgl: false })}>
            {t('network.large.ok')}
          </Button>
        </Notice>
      )}
      {large && !view.webgl && webglKind === 'hardware' && (
        <Notice tone="info">
          {t('network.large.notice', { count: elementCount })}{' '}
          <Button size="small" onClick={() => view.set({ webgl: true })}>
            {t('network.large.enable')}
          </Button>
        </Notice>
      )}
      {large && !view.webgl && webglKind !== 'hardware' && (
        <Notice tone="info">{t('network.large.noGpu', { count: elementCount })}</Notice>
      )}
      <div className="network-body">
        <div
          className="network-stage"
          data-layout={layoutState?.status ?? 'none'}
          data-layout-ms={layout.layoutMs ?? undefined}
          data-renderer={webgl ? 'webgl' : 'canvas'}
        >
          {drawn && (
            <CytoscapeGraph
              nodes={cyElements.nodes}
              edges={cyElements.edges}
              positions={drawn.positions}
              layoutKey={drawn.key}
              selectedId={selectedId}
              highlight={highlight}
              focus={focus}
              webgl={webgl}
              large={large}
              label={t('network.canvasLabel', {
                nodes: elements.nodes.length,
                edges: elements.edges.length,
              })}
              drawingLabel={t('network.drawing', { nodes: elements.nodes.length })}
              onSelect={onCanvasSelect}
              apiRef={apiRef}
            />
          )}
          <div className="network-zoom">
            <Button
              size="small"
              label={t('network.zoom.in')}
              onClick={() => apiRef.current?.zoomBy(1.4)}
            >
              +
            </Button>
            <Button
              size="small"
              label={t('network.zoom.out')}
              onClick={() => apiRef.current?.zoomBy(1 / 1.4)}
            >
              −
            </Button>
            <Button size="small" onClick={() => apiRef.current?.fit()}>
              {t('network.zoom.fit')}
            </Button>
          </div>
          {running && (
            <div className="network-progress" role="status">
              <span className="network-spinner" aria-hidden="true" />
              {running.stage === 'preparing'
                ? t('network.layoutProgress.preparing')
                : t('network.layoutProgress.running', { nodes: elements.nodes.length })}
              <Button size="small" onClick={layout.cancel}>
                {t('network.layoutProgress.cancel')}
              </Button>
            </div>
          )}
          {layoutState?.status === 'cancelled' && (
            <div className="network-progress" role="status">
              {t('network.layoutProgress.cancelled')}
              <Button size="small" onClick={layout.rerun}>
                {t('network.layoutProgress.rerun')}
              </Button>
            </div>
          )}
          {layoutState?.status === 'failed' && (
            <div className="network-progress" role="alert">
              {t('network.layoutProgress.failed', { message: layoutState.message })}
              <Button size="small" onClick={layout.rerun}>
                {t('network.layoutProgress.rerun')}
              </Button>
            </div>
          )}
          {elements.nodes.length === 0 && <EmptyGraph />}
          <Legend
            palette={palette}
            types={[
              ...new Set(
                cyElements.nodes.map((n) => (n.shape === 'round-diamond' ? 'session' : n.type)),
              ),
            ]}
            statusEdges={cyElements.edges.some((e) => e.kind === 'participation')}
          />
        </div>
        <aside className="network-side" aria-label={t('network.panel.label')}>
          {selected ? (
            <NodePanel
              node={selected}
              workspace={workspace}
              metrics={metrics}
              scheme={scheme}
              neighbours={neighbours}
              hops={view.hops}
              onHopsChange={(hops) => view.set({ hops })}
              onSelect={select}
              onClose={() => setSelectedId(null)}
            />
          ) : (
            <p className="network-muted network-hint">{t('network.panel.nothing')}</p>
          )}
          <MetricsPanel
            nodeCount={elements.nodes.length}
            edgeCount={elements.edges.length}
            metrics={metrics}
            bridges={bridges}
            isolated={isolated}
            finding={finding}
            onFinding={(f) => {
              setFinding(f);
              if (f !== null) setSelectedId(null);
            }}
            nodeById={nodeById}
            onSelect={select}
          />
          <NetworkFilters
            filters={view.filters}
            onChange={(filters) => view.set({ filters })}
            organisations={workspace.organisations}
            events={workspace.events}
            lens={view.lens}
            hiddenTypes={view.hiddenTypes}
            onHiddenTypesChange={(hiddenTypes) => view.set({ hiddenTypes })}
            schemeKey={view.schemeKey}
            schemes={workspace.regionSchemes}
            onSchemeChange={(schemeKey) => view.set({ schemeKey })}
          />
          <SavedViews current={currentState} onOpen={openView} />
          <label className="network-check network-renderer">
            <input
              type="checkbox"
              checked={view.webgl}
              onChange={(e) => view.set({ webgl: e.target.checked })}
            />
            {t('network.large.option')}
          </label>
        </aside>
      </div>
    </div>
  );
}
