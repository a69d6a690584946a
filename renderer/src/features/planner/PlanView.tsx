// A plan's outcome: the projected composition against the quotas, the selection, the expected
// confirmations when planning for acceptance, or — when impossible — why, and what to relax.
import { useTranslation } from 'react-i18next';
import type { Person } from '@shared/domain/model';
import { personDisplayName } from '@shared/domain/model';
import type { InvitationGroup } from '@shared/planner/acceptance';
import type { PlanProblem, PlanResult, QuotaCheck } from '@shared/planner/types';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { Notice } from '../../ui/Notice';
import {
  categoryLabel,
  conflictText,
  dimensionLabel,
  relaxationText,
  violationText,
} from './plannerView';

export type AcceptanceSummary = {
  groups: InvitationGroup[];
  expectedTotal: number;
  /** The pooled rate, from this many answered invitations. */
  overall: number;
  answered: number;
  minAnswered: number;
};

export type PlanOutcome = {
  result: PlanResult;
  problem: PlanProblem;
  people: ReadonlyMap<string, Person>;
  /** Set when the plan is for acceptance: counts are expected confirmations. */
  acceptance: AcceptanceSummary | null;
};

const pct = (x: number) => `${Math.round(x * 100)} %`;

export function targetText(q: Pick<QuotaCheck, 'min' | 'max'>): string {
  if (q.min !== null && q.max !== null) return q.min === q.max ? `= ${q.min}` : `${q.min}–${q.max}`;
  if (q.min !== null) return `≥ ${q.min}`;
  return q.max === null ? '—' : `≤ ${q.max}`;
}

export function CompositionTable({
  checks,
  caption,
}: {
  checks: readonly QuotaCheck[];
  caption: string;
}) {
  const { t } = useTranslation();
  if (checks.length === 0) return null;
  return (
    <table className="planner-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planner.quotas.dimension')}</th>
          <th scope="col">{t('planner.quotas.category')}</th>
          <th scope="col" className="num">
            {t('planner.result.target')}
          </th>
          <th scope="col" className="num">
            {t('planner.result.projected')}
          </th>
          <th scope="col">{t('planner.result.status')}</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((c) => (
          <tr key={`${c.dimension}|${c.category}`}>
            <td>{dimensionLabel(t, c.dimension)}</td>
            <td>{categoryLabel(t, c.dimension, c.category)}</td>
            <td className="num">{targetText(c)}</td>
            <td className="num">{c.actual}</td>
            <td>
              <span className={c.met ? 'planner-met' : 'planner-missed'}>
                <Icon name={c.met ? 'check' : 'warning'} size={14} />
                {t(c.met ? 'planner.result.met' : 'planner.result.missed')}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Whom to invite per quota group, at which rate, and the expected confirmations. */
export function AcceptanceTable({ acceptance }: { acceptance: AcceptanceSummary }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="planner-table">
        <caption>{t('planner.acceptance.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner.acceptance.group')}</th>
            <th scope="col" className="num">
              {t('planner.acceptance.answered')}
            </th>
            <th scope="col">{t('planner.acceptance.rate')}</th>
            <th scope="col" className="num">
              {t('planner.acceptance.confirmed')}
            </th>
            <th scope="col" className="num">
              {t('planner.acceptance.invite')}
            </th>
            <th scope="col" className="num">
              {t('planner.acceptance.expected')}
            </th>
            <th scope="col" className="num">
              {t('planner.result.target')}
            </th>
            <th scope="col">{t('planner.result.status')}</th>
          </tr>
        </thead>
        <tbody>
          {acceptance.groups.map((g) => (
            <tr key={`${g.dimension}|${g.category}`}>
              <td>
                {categoryLabel(t, g.dimension, g.category)} ({dimensionLabel(t, g.dimension)})
              </td>
              <td className="num">{g.rate.answered}</td>
              <td>
                {pct(g.rate.rate)}{' '}
                <span className="muted">
                  {t(g.rate.pooled ? 'planner.acceptance.pooled' : 'planner.acceptance.own')}
                </span>
              </td>
              <td className="num">{g.confirmed}</td>
              <td className="num">{g.invite}</td>
              <td className="num">{g.expected}</td>
              <td className="num">{targetText(g)}</td>
              <td>
                <span className={g.met ? 'planner-met' : 'planner-missed'}>
                  <Icon name={g.met ? 'check' : 'warning'} size={14} />
                  {t(g.met ? 'planner.result.met' : 'planner.result.missed')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {acceptance.answered === 0
          ? t('planner.acceptance.noAnswers', { overall: pct(acceptance.overall) })
          : t('planner.acceptance.fallback', {
              min: acceptance.minAnswered,
              overall: pct(acceptance.overall),
              count: acceptance.answered,
            })}
      </p>
    </>
  );
}

export function PlanView({
  outcome,
  orgName,
  regionOf,
  limitName,
  onAccept,
}: {
  outcome: PlanOutcome;
  orgName: (id: string | null) => string;
  regionOf: (person: Person) => string;
  limitName: (kind: 'organisation' | 'country', key: string) => string;
  onAccept: () => void;
}) {
  const { t } = useTranslation();
  const { result, problem, people, acceptance } = outcome;
  if (!result.feasible) {
    const names = limitName;
    return (
      <section className="planner-card planner-card--problem" aria-labelledby="infeasible-title">
        <h2 id="infeasible-title">{t('planner.infeasible.title')}</h2>
        <ul>
          {result.violations.map((v) => (
            <li key={`${v.dimension}|${v.category}`}>
              {violationText(
                t,
                v.dimension === 'organisation' || v.dimension === 'country'
                  ? { ...v, category: limitName(v.dimension, v.category) }
                  : v,
                acceptance !== null,
              )}
            </li>
          ))}
        </ul>
        {result.conflict.length > 0 && <p>{conflictText(t, result.conflict)}</p>}
        {acceptance !== null && <p className="muted">{t('planner.infeasible.expectedNote')}</p>}
        <h3>{t('planner.infeasible.relaxation')}</h3>
        {result.relaxation.length === 0 ? (
          <p>{t('planner.infeasible.noRelaxation')}</p>
        ) : (
          <>
            <ul>
              {result.relaxation.map((r) => (
                <li key={`${JSON.stringify(r.constraint)}|${r.bound}`}>
                  {relaxationText(t, r, names)}
                </li>
              ))}
            </ul>
            {result.relaxation.some(
              (r) => r.constraint.kind === 'organisation' || r.constraint.kind === 'country',
            ) && <p className="muted">{t('planner.infeasible.exceptionsNote')}</p>}
            <Button variant="primary" onClick={onAccept}>
              {t('planner.actions.accept')}
            </Button>
          </>
        )}
      </section>
    );
  }
  const fixed = new Set(problem.candidates.filter((c) => c.fixed === 'in').map((c) => c.id));
  const priorityOf = new Map(problem.candidates.map((c) => [c.id, c.priority]));
  const rows = result.selected
    .map((id) => people.get(id))
    .filter((p) => p !== undefined)
    .sort(
      (a, b) =>
        Number(fixed.has(b.id)) - Number(fixed.has(a.id)) ||
        personDisplayName(a).localeCompare(personDisplayName(b)),
    );
  return (
    <section className="planner-card" aria-labelledby="plan-title">
      <h2 id="plan-title">
        {t(acceptance === null ? 'planner.result.title' : 'planner.acceptance.planTitle')}
      </h2>
      <p>
        <strong>
          {t(acceptance === null ? 'planner.result.summary' : 'planner.acceptance.summary', {
            count: result.selected.length,
            objective: result.objective,
          })}
        </strong>{' '}
        <span className="muted">
          {t(result.optimal ? 'planner.result.optimal' : 'planner.result.notOptimal')}
        </span>
      </p>
      {acceptance === null ? (
        <CompositionTable checks={result.checks} caption={t('planner.result.composition')} />
      ) : (
        <>
          <p>
            {t('planner.acceptance.total', {
              expected: acceptance.expectedTotal,
              seats: problem.seats,
              count: result.selected.length,
            })}
          </p>
          <AcceptanceTable acceptance={acceptance} />
        </>
      )}
      <table className="planner-table planner-selection">
        <caption>{t('planner.result.selection')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner.result.name')}</th>
            <th scope="col">{t('planner.result.organisation')}</th>
            <th scope="col">{t('planner.result.gender')}</th>
            <th scope="col">{t('planner.result.region')}</th>
            <th scope="col" className="num">
              {t('planner.result.priority')}
            </th>
            <th scope="col">{t('planner.result.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <td>{personDisplayName(p)}</td>
              <td>
                {orgName(
                  (p.affiliations.find((a) => a.primary) ?? p.affiliations[0])?.organisationId ??
                    null,
                )}
              </td>
              <td>{t(`enums.gender.${p.gender}`)}</td>
              <td>{regionOf(p)}</td>
              <td className="num">{priorityOf.get(p.id) ?? ''}</td>
              <td>{t(fixed.has(p.id) ? 'planner.result.already' : 'planner.result.newInvite')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ComparePlans({ a, b }: { a: PlanOutcome; b: PlanOutcome }) {
  const { t } = useTranslation();
  if (!a.result.feasible || !b.result.feasible) return null;
  const kind = (o: PlanOutcome) =>
    t(o.acceptance === null ? 'planner.compare.kindSelection' : 'planner.compare.kindAcceptance');
  const ra = a.result;
  const rb = b.result;
  const inA = new Set(ra.selected);
  const inB = new Set(rb.selected);
  const keys = [
    ...new Set([...ra.checks, ...rb.checks].map((c) => `${c.dimension}|${c.category}`)),
  ];
  const find = (checks: readonly QuotaCheck[], key: string) =>
    checks.find((c) => `${c.dimension}|${c.category}` === key);
  const cell = (c: QuotaCheck | undefined) =>
    c === undefined ? (
      '—'
    ) : (
      <span className={c.met ? 'planner-met' : 'planner-missed'}>
        <Icon name={c.met ? 'check' : 'warning'} size={14} />
        {c.actual} ({targetText(c)}) · {t(c.met ? 'planner.result.met' : 'planner.result.missed')}
      </span>
    );
  return (
    <section className="planner-card" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('planner.compare.title')}</h2>
      <table className="planner-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('planner.quotas.category')}</span>
            </th>
            <th scope="col">{t('planner.compare.a')}</th>
            <th scope="col">{t('planner.compare.b')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('planner.compare.kind')}</th>
            <td>{kind(a)}</td>
            <td>{kind(b)}</td>
          </tr>
          <tr>
            <th scope="row">{t('planner.compare.seats')}</th>
            <td>{a.problem.seats}</td>
            <td>{b.problem.seats}</td>
          </tr>
          <tr>
            <th scope="row">{t('planner.compare.selected')}</th>
            <td>{ra.selected.length}</td>
            <td>{rb.selected.length}</td>
          </tr>
          <tr>
            <th scope="row">{t('planner.compare.objective')}</th>
            <td>{ra.objective}</td>
            <td>{rb.objective}</td>
          </tr>
          {keys.map((key) => {
            const [dimension = '', category = ''] = key.split('|');
            return (
              <tr key={key}>
                <th scope="row">
                  {categoryLabel(t, dimension, category)} ({dimensionLabel(t, dimension)})
                </th>
                <td>{cell(find(ra.checks, key))}</td>
                <td>{cell(find(rb.checks, key))}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('planner.compare.onlyA')}</th>
            <td colSpan={2}>{ra.selected.filter((id) => !inB.has(id)).length}</td>
          </tr>
          <tr>
            <th scope="row">{t('planner.compare.onlyB')}</th>
            <td colSpan={2}>{rb.selected.filter((id) => !inA.has(id)).length}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

export function PlanningStatus({ running }: { running: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" className="planner-status">
      {running && (
        <>
          <span className="planner-spinner" aria-hidden="true" />
          {t('planner.actions.planning')}
        </>
      )}
    </div>
  );
}

export function InputError({ message }: { message: string | null }) {
  return message === null ? null : <Notice tone="error">{message}</Notice>;
}
