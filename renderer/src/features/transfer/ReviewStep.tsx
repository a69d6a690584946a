// The review step: a preview grid of the first rows as they will be imported (edit any value,
// skip a row), every problem per row (fix the value or skip the row), the normalisation changes,
// and likely duplicates side by side, merged field by field or kept apart.
// The lists come from the import worker a page at a time (reviewPages.ts): the window holds
// only what is shown.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MERGE_FIELDS } from '@shared/import';
import type { ColumnMapping, MergeField } from '@shared/import';
import { Button } from '../../ui/Button';
import type { DuplicateChoice } from './importModel';
import { candidateKey, cellKey } from './importModel';
import { PreviewGrid } from './PreviewGrid';
import type { Review, ReviewList } from './reviewPages';
import { importableCount } from './reviewPages';

type Props = {
  review: Review;
  /** True while an edit is being checked again in the worker. */
  rechecking: boolean;
  headers: string[];
  mapping: ColumnMapping;
  edits: ReadonlyMap<string, string>;
  onEdit: (key: string, value: string) => void;
  skip: ReadonlySet<number>;
  onSkip: (row: number, skipped: boolean) => void;
  choices: ReadonlyMap<string, DuplicateChoice>;
  onChoose: (key: string, choice: DuplicateChoice) => void;
  /** Asks the worker for the next page of a list. */
  onMore: (list: ReviewList) => void;
};

/**
 * Problems and duplicates shown at first, and added per "Show more": 200 duplicate sections
 * (each a table of radio buttons and two buttons) made the review's first render and layout
 * one task of ~0.5 s at 50,000 rows.
 */
export const LIST_PAGE = 20;

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join('; ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * Memoised: the dialog re-renders on every state change around it (the workspace's live
 * queries, the step), and the review — a few thousand elements — need not follow.
 */
export const ReviewStep = memo(function ReviewStep(props: Props) {
  const { t } = useTranslation();
  // The changes table is built when it is opened, not with the review's first render.
  const [changesOpen, setChangesOpen] = useState(false);
  const { review, headers, edits, skip, choices } = props;
  const { summary, problems, duplicates } = review;
  const { problemCount, changes, changeCount } = summary;

  return (
    <div className="transfer-review">
      <p>
        {t('transfer.import.summary', {
          rows: summary.rows,
          ok: importableCount(summary, skip),
          errors: summary.errorRows.length,
          skipped: skip.size,
        })}{' '}
        <span className="transfer-muted" role="status">
          {props.rechecking ? t('transfer.preview.rechecking') : ''}
        </span>
      </p>

      <h3>{t('transfer.preview.title')}</h3>
      <PreviewGrid
        headers={headers}
        rows={review.preview}
        total={summary.rows}
        onMore={() => props.onMore('preview')}
        mapping={props.mapping}
        edits={edits}
        onEdit={props.onEdit}
        skip={skip}
        onSkip={props.onSkip}
      />

      <h3>{t('transfer.import.problems')}</h3>
      {problems.length === 0 ? (
        <p className="transfer-muted">{t('transfer.import.noProblems')}</p>
      ) : (
        <div className="transfer-scroll transfer-problems">
          <table className="transfer-table">
            <thead>
              <tr>
                <th scope="col">{t('transfer.import.row')}</th>
                <th scope="col">{t('transfer.import.column')}</th>
                <th scope="col">{t('transfer.import.reason')}</th>
                <th scope="col">{t('transfer.import.fix')}</th>
                <th scope="col">{t('transfer.import.skip')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => {
                const column = headers.indexOf(p.column);
                const key = cellKey(p.row, column);
                return (
                  <tr
                    key={`${p.row}-${p.column}-${i}`}
                    className={p.severity === 'error' ? 'transfer-error' : undefined}
                  >
                    <td>{p.row}</td>
                    <td>{p.column}</td>
                    <td>
                      <span className="transfer-severity">
                        {p.severity === 'error' ? '✖' : '⚠'}
                      </span>{' '}
                      {t(p.reason, p.params ?? {})}
                    </td>
                    <td>
                      {column >= 0 && (
                        <input
                          aria-label={`${t('transfer.import.fix')}: ${t('transfer.import.row')} ${p.row}, ${p.column}`}
                          defaultValue={edits.get(key) ?? p.value}
                          onBlur={(e) => {
                            if (e.target.value !== p.value) props.onEdit(key, e.target.value);
                          }}
                        />
                      )}
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${t('transfer.import.skip')} ${p.row}`}
                        checked={skip.has(p.row)}
                        onChange={(e) => props.onSkip(p.row, e.target.checked)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <ShowMore
            shown={problems.length}
            listed={summary.listedProblems}
            total={problemCount}
            label={(count) => t('transfer.import.problemsMore', { count })}
            status={(shown, total) =>
              t('transfer.import.problemsShown', { shown, total: total.toLocaleString() })
            }
            onMore={() => props.onMore('problems')}
          />
        </div>
      )}

      {summary.duplicateCount > 0 && (
        <>
          <h3>{t('transfer.import.duplicates')}</h3>
          {duplicates.map(({ candidate: d, incoming, target, targetName }) => {
            const key = candidateKey(d);
            const choice = choices.get(key);
            const take = choice?.take ?? {};
            const differing = MERGE_FIELDS.filter(
              (f) => show(incoming[f]) !== show(target[f]) && show(incoming[f]) !== '',
            );
            return (
              <section
                key={key}
                className="transfer-duplicate"
                aria-label={t('transfer.import.duplicateOf', { row: d.row, other: '' })}
              >
                <p>
                  {t('transfer.import.duplicateOf', {
                    row: d.row,
                    other:
                      d.target.kind === 'existing'
                        ? `${t('transfer.import.existingPerson')} (${targetName ?? ''})`
                        : t('transfer.import.fileRow', { row: d.target.row }),
                  })}{' '}
                  <span className="transfer-muted">
                    ({d.reasons.map((r) => t(`transfer.import.reasons.${r}`)).join(', ')})
                  </span>
                </p>
                <table className="transfer-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('transfer.import.field')}</th>
                      <th scope="col">{t('transfer.import.target')}</th>
                      <th scope="col">{t('transfer.import.incoming')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {differing.map((f: MergeField) => (
                      <tr key={f}>
                        <th scope="row">
                          {t(
                            `transfer.import.fields.${f === 'nationalities' ? 'nationalities' : f}`,
                            { defaultValue: f },
                          )}
                        </th>
                        <td>
                          <label>
                            <input
                              type="radio"
                              name={`${key}-${f}`}
                              checked={take[f] !== 'incoming'}
                              onChange={() =>
                                props.onChoose(key, {
                                  decision: choice?.decision ?? 'merge',
                                  take: { ...take, [f]: 'target' },
                                })
                              }
                            />{' '}
                            {show(target[f]) || '—'}
                          </label>
                        </td>
                        <td>
                          <label>
                            <input
                              type="radio"
                              name={`${key}-${f}`}
                              checked={take[f] === 'incoming'}
                              onChange={() =>
                                props.onChoose(key, {
                                  decision: choice?.decision ?? 'merge',
                                  take: { ...take, [f]: 'incoming' },
                                })
                              }
                            />{' '}
                            {show(incoming[f])}
                          </label>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <div className="transfer-row">
                  <Button
                    variant={choice?.decision === 'merge' ? 'primary' : 'secondary'}
                    aria-pressed={choice?.decision === 'merge'}
                    onClick={() => props.onChoose(key, { decision: 'merge', take })}
                  >
                    {t('transfer.import.merge')}
                  </Button>
                  <Button
                    variant={choice?.decision === 'apart' ? 'primary' : 'secondary'}
                    aria-pressed={choice?.decision === 'apart'}
                    onClick={() => props.onChoose(key, { decision: 'apart', take })}
                  >
                    {t('transfer.import.keepApart')}
                  </Button>
                  <span className="transfer-muted" role="status">
                    {choice?.decision === 'merge'
                      ? t('transfer.import.merged')
                      : choice?.decision === 'apart'
                        ? t('transfer.import.keptApart')
                        : ''}
                  </span>
                </div>
              </section>
            );
          })}
          <ShowMore
            shown={duplicates.length}
            listed={summary.listedDuplicates}
            total={summary.duplicateCount}
            label={(count) => t('transfer.import.duplicatesMore', { count })}
            status={(shown, total) =>
              t('transfer.import.duplicatesShown', { shown, total: total.toLocaleString() })
            }
            onMore={() => props.onMore('duplicates')}
          />
        </>
      )}

      {changeCount > 0 && (
        <details onToggle={(e) => setChangesOpen(e.currentTarget.open)}>
          <summary>
            {t('transfer.import.changes')} ({changeCount.toLocaleString()})
          </summary>
          {changesOpen && (
            <table className="transfer-table">
              <thead>
                <tr>
                  <th scope="col">{t('transfer.import.row')}</th>
                  <th scope="col">{t('transfer.import.column')}</th>
                  <th scope="col">{t('transfer.import.from')}</th>
                  <th scope="col">{t('transfer.import.to')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c, i) => (
                  <tr key={`${c.row}-${c.column}-${i}`}>
                    <td>{c.row}</td>
                    <td>{c.column}</td>
                    <td>{c.from}</td>
                    <td>{c.to}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {changeCount > changes.length && (
            <p>{t('transfer.import.changesMore', { count: changeCount - changes.length })}</p>
          )}
        </details>
      )}
    </div>
  );
});

/**
 * Under a list shown a page at a time: how many of how many, a button for the next page while
 * any of the `listed` are hidden, and past those, how many the review does not list at all.
 */
function ShowMore(props: {
  shown: number;
  listed: number;
  total: number;
  label: (count: number) => string;
  status: (shown: number, total: number) => string;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const { shown, listed, total } = props;
  if (shown >= total) return null;
  return (
    <div className="transfer-row">
      <span className="transfer-muted">{props.status(shown, total)}</span>
      {shown < listed ? (
        <Button onClick={props.onMore}>{props.label(Math.min(LIST_PAGE, listed - shown))}</Button>
      ) : (
        <span className="transfer-muted">
          {t('transfer.import.changesMore', { count: total - listed })}
        </span>
      )}
    </div>
  );
}
