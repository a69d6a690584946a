// The Organisations screen: a searchable, sortable, filterable list with an edit panel for
// `#/organisations/<id>` and `#/organisations/new`.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Iso2, Organisation, OrganisationId, StakeholderGroup } from '@shared/domain/model';
import { STAKEHOLDER_GROUPS } from '@shared/domain/model';
import { useOrganisations, usePeople } from '../../data/hooks';
import { navigate } from '../../app/router';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { PageHeader, SplitView, Toolbar } from '../../ui/Layout';
import { EmptyState, Notice } from '../../ui/Notice';
import { enumOptions } from '../../ui/options';
import {
  buildOrganisationRows,
  countryFacets,
  filterOrganisationRows,
  sortOrganisationRows,
} from './organisationList';
import { OrganisationPanel } from './OrganisationPanel';
import { OrganisationTable } from './OrganisationTable';
import { useOrganisationsView } from './organisationsViewStore';
import './organisations.css';

export function OrganisationsPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const people = usePeople();
  const { filter, sort, setFilter, clearFilter, toggleSort } = useOrganisationsView();

  const allRows = useMemo(
    () => (organisations && people ? buildOrganisationRows(organisations, people) : []),
    [organisations, people],
  );
  const typeLabel = useMemo(
    () => (type: StakeholderGroup) => t(`enums.stakeholderGroup.${type}`),
    [t],
  );
  const rows = useMemo(
    () => sortOrganisationRows(filterOrganisationRows(allRows, filter), sort, typeLabel),
    [allRows, filter, sort, typeLabel],
  );
  const countries = useMemo(() => countryFacets(allRows), [allRows]);
  const filtered = filter.query !== '' || filter.type !== null || filter.country !== null;
  const loading = organisations === null || people === null;

  // The organisation just created, until the live query has it (so the panel never flickers).
  const [created, setCreated] = useState<Organisation | null>(null);
  const selected =
    id === null || id === 'new'
      ? null
      : (organisations?.find((o) => o.id === id) ?? (created?.id === id ? created : null));
  let detail = null;
  if (id !== null && !loading) {
    detail =
      id === 'new' || selected ? (
        <OrganisationPanel
          key={id}
          organisation={selected}
          organisations={organisations}
          people={people}
          onCreated={setCreated}
        />
      ) : (
        <div className="panel__body org-panel__missing">
          <Notice tone="warning">{t('organisations.panel.notFound')}</Notice>
          <Button onClick={() => navigate('organisations')}>
            {t('organisations.panel.backToList')}
          </Button>
        </div>
      );
  }

  const list = loading ? (
    <div className="empty-state" role="status">
      {t('common.loading')}
    </div>
  ) : allRows.length === 0 ? (
    <EmptyState title={t('organisations.empty.title')}>
      <p>{t('organisations.empty.body')}</p>
      <Button variant="primary" icon="plus" onClick={() => navigate('organisations', 'new')}>
        {t('organisations.add')}
      </Button>
    </EmptyState>
  ) : rows.length === 0 ? (
    <EmptyState title={t('organisations.noMatches.title')}>
      <p>{t('organisations.noMatches.body')}</p>
      <Button onClick={clearFilter}>{t('common.actions.clearFilters')}</Button>
    </EmptyState>
  ) : (
    <OrganisationTable
      rows={rows}
      selectedId={selected?.id ?? null}
      sort={sort}
      onSort={toggleSort}
      onOpen={(oid: OrganisationId) => navigate('organisations', oid)}
    />
  );

  return (
    <div className="page org-page">
      <PageHeader
        title={t('organisations.title')}
        subtitle={
          loading
            ? t('common.loading')
            : filtered
              ? t('organisations.subtitleFiltered', { shown: rows.length, count: allRows.length })
              : t('organisations.subtitle', { count: allRows.length })
        }
        actions={
          <Button variant="primary" icon="plus" onClick={() => navigate('organisations', 'new')}>
            {t('organisations.add')}
          </Button>
        }
      />
      <Toolbar label={t('organisations.toolbar')}>
        <label className="org-search">
          <Icon name="search" />
          <input
            aria-label={t('organisations.search')}
            className="input"
            type="search"
            value={filter.query}
            placeholder={t('organisations.searchPlaceholder')}
            onChange={(e) => setFilter({ query: e.target.value })}
          />
        </label>
        <div className="org-filter">
          <label className="org-filter__label" htmlFor="org-filter-type">
            {t('organisations.filters.type')}
          </label>
          <select
            id="org-filter-type"
            className="select"
            value={filter.type ?? ''}
            onChange={(e) =>
              setFilter({
                type: e.target.value === '' ? null : (e.target.value as StakeholderGroup),
              })
            }
          >
            <option value="">{t('organisations.filters.allTypes')}</option>
            {enumOptions(t, 'stakeholderGroup', STAKEHOLDER_GROUPS).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="org-filter">
          <label className="org-filter__label" htmlFor="org-filter-country">
            {t('organisations.filters.country')}
          </label>
          <select
            id="org-filter-country"
            className="select"
            value={filter.country ?? ''}
            onChange={(e) =>
              setFilter({ country: e.target.value === '' ? null : (e.target.value as Iso2) })
            }
          >
            <option value="">{t('organisations.filters.allCountries')}</option>
            {countries.map((c) => (
              <option key={c.iso2} value={c.iso2}>
                {t('organisations.filters.countryOption', { name: c.name, count: c.count })}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <Button variant="ghost" icon="close" onClick={clearFilter}>
            {t('common.actions.clearFilters')}
          </Button>
        )}
      </Toolbar>
      <SplitView list={list} detail={detail} detailLabel={t('organisations.panel.label')} />
    </div>
  );
}
