// The Planner: choose who to invite to an event so that it meets its targets, see why when it
// cannot, compare plans, apply one as invitations, and balance breakout rooms.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, Person, PersonId, WorkspaceData } from '@shared/domain/model';
import { eventLevel } from '@shared/domain/model';
import { regionOf } from '@shared/reference/regions';
import { countryName } from '@shared/reference/countries';
import { acceptanceRates, planInvitations } from '@shared/planner/acceptance';
import { planSelection, PlannerInputError } from '@shared/planner/plan';
import {
  acceptanceOutcomes,
  buildProblem,
  dimensionKey,
  EMPTY_POOL,
  type PlannerSetup,
} from '@shared/planner/workspace';
import { navigate } from '../../app/router';
import {
  useEvents,
  useOrganisations,
  useParticipations,
  usePeople,
  useRegionSchemes,
  useStore,
  useTargets,
} from '../../data/hooks';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/Layout';
import { EmptyState } from '../../ui/Notice';
import { useUndoToast } from '../../ui/useUndoToast';
import { applyPlan, type ApplyStatus } from './applyPlan';
import {
  plannerDimensions,
  relaxRows,
  rowsFromTargets,
  rowsToSpecs,
  type QuotaRow,
} from './plannerView';
import { ComparePlans, InputError, PlanningStatus, PlanView, type PlanOutcome } from './PlanView';
import { createPlanRunner } from './planRunner';
import { QuotaTable } from './QuotaTable';
import { RoomsSection } from './RoomsSection';
import { SetupForm, type SetupDraft } from './SetupForm';
import { workerSolver } from './workerSolver';
import './planner.css';

const DEFAULT_DRAFT: SetupDraft = {
  seats: '30',
  maxPerOrganisation: '',
  maxPerCountry: '',
  priority: { kind: 'equal' },
  pool: EMPTY_POOL,
  acceptance: false,
  fixedIn: [],
  excluded: [],
  organisationLimits: {},
  countryLimits: {},
};

function parseLimit(text: string): number | null | 'bad' {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : 'bad';
}

export function PlannerPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const store = useStore();
  const undoToast = useUndoToast();
  const people = usePeople();
  const organisations = useOrganisations();
  const events = useEvents();
  const participations = useParticipations();
  const targets = useTargets();
  const schemes = useRegionSchemes();
  const eventId = id as EventId | null;
  const event = events?.find((e) => e.id === eventId) ?? null;

  const [draft, setDraft] = useState<SetupDraft>(DEFAULT_DRAFT);
  const [rows, setRows] = useState<QuotaRow[]>([]);
  const [outcome, setOutcome] = useState<PlanOutcome | null>(null);
  const [kept, setKept] = useState<PlanOutcome | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [applyAs, setApplyAs] = useState<ApplyStatus>('invited');
  const [autoPlan, setAutoPlan] = useState(false);
  const prefilledFor = useRef<string | null>(null);

  const data: WorkspaceData | null = useMemo(
    () =>
      people && organisations && events && participations && targets && schemes
        ? {
            people,
            organisations,
            events,
            participations,
            targets,
            regionSchemes: schemes,
            relationships: [],
            savedViews: [],
          }
        : null,
    [people, organisations, events, participations, targets, schemes],
  );
  const dimensions = useMemo(() => plannerDimensions({ people: people ?? [] }), [people]);

  // A new event starts from its targets and no plan.
  useEffect(() => {
    if (eventId === null || targets === null || events === null || prefilledFor.current === eventId)
      return;
    prefilledFor.current = eventId;
    setRows(rowsFromTargets(targets, events, eventId));
    // People fixed in or left out by hand belong to the previous event's plan.
    setDraft((d) => ({
      ...d,
      fixedIn: [],
      excluded: [],
      organisationLimits: {},
      countryLimits: {},
    }));
    setOutcome(null);
    setKept(null);
    setAutoPlan(false);
  }, [eventId, targets, events]);

  const seats = Number(draft.seats);
  const seatsValid = Number.isInteger(seats) && seats >= 0 && draft.seats.trim() !== '';
  const maxOrg = parseLimit(draft.maxPerOrganisation);
  const maxCountry = parseLimit(draft.maxPerCountry);
  const fieldErrors = {
    ...(seatsValid ? {} : { seats: 'planner.errors.seats' }),
    ...(maxOrg === 'bad' ? { maxPerOrganisation: 'planner.errors.limit' } : {}),
    ...(maxCountry === 'bad' ? { maxPerCountry: 'planner.errors.limit' } : {}),
  };
  const { specs, errors: rowErrors } = useMemo(
    () => rowsToSpecs(rows, seatsValid ? seats : 0, dimensions),
    [rows, seats, seatsValid, dimensions],
  );
  const setup = useMemo((): PlannerSetup | null => {
    if (eventId === null || !seatsValid || maxOrg === 'bad' || maxCountry === 'bad') return null;
    if (rowErrors.length > 0) return null;
    return {
      eventId,
      seats,
      pool: draft.pool,
      quotas: specs,
      maxPerOrganisation: maxOrg,
      maxPerCountry: maxCountry,
      priority: draft.priority,
      fixedIn: draft.fixedIn,
      excluded: draft.excluded,
      organisationLimits: draft.organisationLimits,
      countryLimits: draft.countryLimits,
    };
  }, [
    eventId,
    seatsValid,
    seats,
    maxOrg,
    maxCountry,
    rowErrors.length,
    draft.pool,
    draft.priority,
    draft.fixedIn,
    draft.excluded,
    draft.organisationLimits,
    draft.countryLimits,
    specs,
  ]);
  const setupKey = setup === null ? null : JSON.stringify([setup, draft.acceptance]);

  const poolStats = useMemo(() => {
    if (data === null || setup === null) return null;
    const { problem } = buildProblem(data, setup);
    return {
      count: problem.candidates.length,
      fixed: problem.candidates.filter((c) => c.fixed === 'in').length,
      excluded: problem.candidates.filter((c) => c.fixed === 'out').length,
    };
  }, [data, setup]);

  const resultsRef = useRef<HTMLDivElement>(null);
  /** The setup last planned, so that the what-if effect does not plan the same thing twice. */
  const lastPlanned = useRef<string | null>(null);
  // One runner per page: a newer plan aborts the one in flight and a stale result is dropped.
  const runner = useMemo(() => createPlanRunner((signal) => workerSolver(signal)), []);
  useEffect(() => () => runner.cancel(), [runner]);
  const runPlan = useCallback(
    async (reveal = false) => {
      if (data === null || setup === null) return;
      lastPlanned.current = JSON.stringify([setup, draft.acceptance]);
      setRunning(true);
      setError(null);
      try {
        const { problem, people: pool } = buildProblem(data, setup);
        const run = await runner.run(async (solver): Promise<PlanOutcome> => {
          if (!draft.acceptance) {
            const result = await planSelection(problem, solver);
            return { result, problem, people: pool, acceptance: null };
          }
          const dimensions = [
            ...new Map(setup.quotas.map((q) => [dimensionKey(q.dimension), q.dimension])).values(),
          ];
          const rates = acceptanceRates(
            acceptanceOutcomes(data, dimensions),
            dimensions.map(dimensionKey),
          );
          const plan = await planInvitations(problem, rates, solver);
          return {
            result: plan.result,
            problem: plan.problem,
            people: pool,
            acceptance: {
              groups: plan.groups,
              expectedTotal: plan.expectedTotal,
              overall: rates.overall,
              answered: rates.answered,
              minAnswered: rates.minAnswered,
            },
          };
        });
        // Overtaken by a newer plan: that one owns the screen and the spinner.
        if (run.stale) return;
        setOutcome(run.value);
        setRunning(false);
        setAutoPlan(true);
        // An explicit Plan brings the outcome into view; what-if re-plans leave the page where it is.
        if (reveal)
          requestAnimationFrame(() => resultsRef.current?.scrollIntoView({ block: 'start' }));
      } catch (e) {
        setRunning(false);
        setError(
          e instanceof PlannerInputError || e instanceof Error
            ? t(e.message)
            : t('planner.errors.solver'),
        );
      }
    },
    [data, setup, draft.acceptance, t, runner],
  );

  // What-if: once a plan exists, changing the rules re-plans after a short pause.
  useEffect(() => {
    if (!autoPlan || setupKey === null || setupKey === lastPlanned.current) return;
    const timer = setTimeout(() => {
      void runPlan();
    }, 350);
    return () => clearTimeout(timer);
  }, [autoPlan, setupKey, runPlan]);

  const orgName = useCallback(
    (oid: string | null) =>
      oid === null ? '' : (organisations?.find((o) => o.id === oid)?.name ?? ''),
    [organisations],
  );
  const limitName = useCallback(
    (kind: 'organisation' | 'country', key: string) =>
      kind === 'organisation' ? orgName(key) || key : countryName(key),
    [orgName],
  );
  const regionOfPerson = useCallback(
    (p: Person) =>
      regionOf('m49-region', p.nationalities[0] ?? null) ?? t('planner.result.unknown'),
    [t],
  );

  if (events === null || data === null) return null;
  const plannable = events
    .filter((e) => eventLevel(e.kind) > 0)
    .sort(
      (a, b) =>
        (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.name.localeCompare(b.name),
    );

  const apply = async () => {
    if (outcome === null || !outcome.result.feasible || eventId === null) return;
    const fixed = new Set(
      outcome.problem.candidates.filter((c) => c.fixed === 'in').map((c) => c.id),
    );
    const ids = outcome.result.selected.filter((pid) => !fixed.has(pid)) as PersonId[];
    const summary = await applyPlan(store, eventId, ids, applyAs);
    const count = summary.created + summary.updated;
    if (count === 0) undoToast(t('planner.result.nothingToApply'));
    else undoToast(t('planner.result.applied', { count }));
  };

  const accept = () => {
    if (outcome === null || outcome.result.feasible) return;
    const relaxation = outcome.result.relaxation;
    setRows(relaxRows(rows, relaxation, seats));
    let next = draft;
    for (const r of relaxation) {
      const c = r.constraint;
      if (c.kind === 'seats') next = { ...next, seats: String(r.to) };
      // A per-organisation (or per-country) relaxation is an exception for that one
      // organisation: the shared limit stays as it is for everyone else.
      if (c.kind === 'organisation')
        next = {
          ...next,
          organisationLimits: { ...next.organisationLimits, [c.organisation]: r.to },
        };
      if (c.kind === 'country')
        next = { ...next, countryLimits: { ...next.countryLimits, [c.country]: r.to } };
    }
    setDraft(next);
  };

  return (
    <div className="page page--scroll">
      <PageHeader title={t('planner.title')} subtitle={t('planner.subtitle')} />
      <div className="planner-body">
        <div className="planner-card">
          {plannable.length === 0 ? (
            <p>{t('planner.noEvents')}</p>
          ) : (
            <Field label={t('planner.event')} hint={t('planner.eventHint')}>
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={eventId ?? ''}
                  onChange={(e) =>
                    navigate('planner', e.target.value === '' ? null : e.target.value)
                  }
                >
                  <option value="">—</option>
                  {plannable.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.startDate === null ? e.name : `${e.name} (${e.startDate})`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {poolStats !== null && <p className="muted">{t('planner.pool.size', poolStats)}</p>}
        </div>
        {event === null ? (
          <EmptyState title={t('planner.pickEvent')} />
        ) : (
          <>
            <SetupForm
              draft={draft}
              onChange={setDraft}
              people={people ?? []}
              errors={fieldErrors}
              limitName={limitName}
            />
            <QuotaTable
              rows={rows}
              onChange={setRows}
              onReset={() =>
                eventId !== null && setRows(rowsFromTargets(targets ?? [], events, eventId))
              }
              dimensions={dimensions}
              data={data}
              schemes={schemes ?? []}
              errors={rowErrors}
            />
            <div className="planner-actions">
              <Button
                variant="primary"
                icon="planner"
                disabled={setup === null || running}
                onClick={() => void runPlan(true)}
              >
                {t('planner.actions.plan')}
              </Button>
              <PlanningStatus running={running} />
            </div>
            <InputError message={error} />
            <div ref={resultsRef} />
            {outcome !== null && (
              <>
                <PlanView
                  outcome={outcome}
                  orgName={orgName}
                  regionOf={regionOfPerson}
                  limitName={limitName}
                  onAccept={accept}
                />
                {outcome.result.feasible && (
                  <div className="planner-actions">
                    <Field label={t('planner.actions.applyAs')}>
                      {(control) => (
                        <select
                          {...control}
                          className="select"
                          value={applyAs}
                          onChange={(e) =>
                            setApplyAs(e.target.value === 'shortlisted' ? 'shortlisted' : 'invited')
                          }
                        >
                          <option value="invited">{t('enums.status.invited')}</option>
                          <option value="shortlisted">{t('enums.status.shortlisted')}</option>
                        </select>
                      )}
                    </Field>
                    <Button variant="primary" disabled={running} onClick={() => void apply()}>
                      {t('planner.actions.apply')}
                    </Button>
                    <Button onClick={() => setKept(outcome)}>{t('planner.actions.keep')}</Button>
                    {kept !== null && (
                      <Button variant="ghost" onClick={() => setKept(null)}>
                        {t('planner.actions.clearCompare')}
                      </Button>
                    )}
                  </div>
                )}
                {kept !== null && kept !== outcome && <ComparePlans a={kept} b={outcome} />}
              </>
            )}
            <RoomsSection event={event} data={data} />
          </>
        )}
      </div>
    </div>
  );
}
