// The process → event → session tree (WAI-ARIA tree, flat rows with aria-level). One row holds
// the tab stop; arrows move, Right/Left open and close (or go to the child/parent), Home/End
// jump, Enter or Space opens the event. A click on the chevron only opens or closes the row.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/domain/model';
import { eventLevel } from '@shared/domain/model';
import { countryName } from '@shared/reference/countries';
import { Icon } from '../../ui/icons';
import type { EventCounts, TreeRow } from './eventTree';
import { formatDateRange, formatPlace } from './format';

export type EventTreeProps = {
  rows: readonly TreeRow[];
  selectedId: EventId | null;
  counts: ReadonlyMap<EventId, EventCounts>;
  onToggle: (id: EventId, open: boolean) => void;
  onOpen: (id: EventId) => void;
};

export function EventTree({ rows, selectedId, counts, onToggle, onOpen }: EventTreeProps) {
  const { t, i18n } = useTranslation();
  const rowEls = useRef(new Map<EventId, HTMLDivElement>());
  const focusPending = useRef(false);
  const [focusId, setFocusId] = useState<EventId | null>(selectedId);
  const [seenSelected, setSeenSelected] = useState(selectedId);
  if (seenSelected !== selectedId) {
    setSeenSelected(selectedId);
    if (selectedId !== null) setFocusId(selectedId);
  }
  const focusIndex = Math.max(
    0,
    rows.findIndex((r) => r.node.event.id === focusId),
  );

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const id = rows[focusIndex]?.node.event.id;
    if (id !== undefined) rowEls.current.get(id)?.focus();
  });

  useEffect(() => {
    if (selectedId !== null) rowEls.current.get(selectedId)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    focusPending.current = true;
    setFocusId(row.node.event.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number, row: TreeRow) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const id = row.node.event.id;
    const hasChildren = row.node.children.length > 0;
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        moveTo(index + 1);
        break;
      case 'ArrowUp':
        moveTo(index - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.length - 1);
        break;
      case 'ArrowRight':
        if (hasChildren && !row.expanded) onToggle(id, true);
        else if (hasChildren) moveTo(index + 1);
        break;
      case 'ArrowLeft':
        if (hasChildren && row.expanded) onToggle(id, false);
        else if (row.parentId !== null) {
          moveTo(rows.findIndex((r) => r.node.event.id === row.parentId));
        }
        break;
      case 'Enter':
      case ' ':
        onOpen(id);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  return (
    <div className="event-tree">
      <div className="event-tree__head" aria-hidden="true">
        <span className="tree-cell c-name">{t('events.columns.name')}</span>
        <span className="tree-cell c-kind">{t('events.columns.kind')}</span>
        <span className="tree-cell c-dates">{t('events.columns.dates')}</span>
        <span className="tree-cell c-place">{t('events.columns.place')}</span>
        <span className="tree-cell c-mode">{t('events.columns.mode')}</span>
        <span className="tree-cell c-counts" title={t('events.columns.countsHint')}>
          <span className="tree-wide">{t('events.columns.counts')}</span>
          <span className="tree-narrow">{t('events.columns.countsShort')}</span>
        </span>
      </div>
      <div role="tree" aria-label={t('events.tree.label')} className="event-tree__body">
        {rows.map((row, index) => {
          const { event, children } = row.node;
          const level = eventLevel(event.kind);
          const selected = event.id === selectedId;
          const c = counts.get(event.id);
          const dates = formatDateRange(event.startDate, event.endDate, i18n.language);
          const place = formatPlace(event.city, event.country);
          const kind = t(`enums.eventKind.${event.kind}`);
          return (
            <div
              key={event.id}
              ref={(el) => {
                if (el) rowEls.current.set(event.id, el);
                else rowEls.current.delete(event.id);
              }}
              role="treeitem"
              aria-level={row.level}
              aria-posinset={row.posInSet}
              aria-setsize={row.setSize}
              aria-expanded={children.length > 0 ? row.expanded : undefined}
              aria-selected={selected}
              tabIndex={index === focusIndex ? 0 : -1}
              className={[
                'tree-row',
                `tree-row--level-${level}`,
                selected ? 'tree-row--selected' : '',
              ].join(' ')}
              onClick={() => {
                setFocusId(event.id);
                onOpen(event.id);
              }}
              onKeyDown={(e) => onKeyDown(e, index, row)}
            >
              <span className="tree-cell c-name" style={{ paddingLeft: 8 + (row.level - 1) * 20 }}>
                {children.length > 0 ? (
                  <span
                    className={row.expanded ? 'tree-toggle tree-toggle--open' : 'tree-toggle'}
                    aria-hidden="true"
                    onClick={(e) => {
                      e.stopPropagation();
                      onToggle(event.id, !row.expanded);
                    }}
                  >
                    <Icon name="chevronRight" size={16} />
                  </span>
                ) : (
                  <span className="tree-toggle tree-toggle--leaf" aria-hidden="true" />
                )}
                <span className="tree-name">
                  <span className="tree-name__text" title={event.name}>
                    {event.name}
                  </span>
                  <span className="tree-name__meta">
                    {[kind, dates, place].filter(Boolean).join(' · ')}
                  </span>
                </span>
                {row.node.orphan && (
                  <span className="badge tree-orphan" title={t('events.tree.orphanHint')}>
                    {t('events.tree.orphan')}
                  </span>
                )}
              </span>
              <span className="tree-cell c-kind">
                <span className={`kind-tag kind-tag--level-${level}`}>{kind}</span>
              </span>
              <span className="tree-cell c-dates">
                {dates || <Missing label={t('events.tree.noDates')} />}
              </span>
              <span
                className="tree-cell c-place"
                title={event.country ? countryName(event.country) : undefined}
              >
                {place || <Missing label={t('events.tree.noPlace')} />}
              </span>
              <span className="tree-cell c-mode">{t(`enums.eventMode.${event.mode}`)}</span>
              <span className="tree-cell c-counts">
                {c ? (
                  <>
                    <span aria-hidden="true">
                      <strong>{c.confirmed}</strong>
                      <span className="tree-counts__sep">/</span>
                      {c.invited}
                    </span>
                    <span className="visually-hidden">
                      {t('events.tree.countsText', { confirmed: c.confirmed, invited: c.invited })}
                    </span>
                  </>
                ) : (
                  <Missing label={t('events.tree.noParticipants')} />
                )}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function Missing({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true" className="tree-missing">
        —
      </span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}
