// The invitation funnel of an event as numbers with their labels. Each step is also a toggle
// that filters the table to that status.
import { useTranslation } from 'react-i18next';
import type { ParticipationStatus } from '@shared/domain/model';

/** candidate → shortlisted → invited → confirmed | declined → attended | no-show */
const STAGES: readonly (readonly ParticipationStatus[])[] = [
  ['candidate'],
  ['shortlisted'],
  ['invited'],
  ['confirmed', 'declined'],
  ['attended', 'no-show'],
];

export type FunnelProps = {
  counts: Record<ParticipationStatus, number>;
  active: ParticipationStatus | null;
  onSelect: (status: ParticipationStatus | null) => void;
};

export function Funnel({ counts, active, onSelect }: FunnelProps) {
  const { t } = useTranslation();
  return (
    <section className="funnel" aria-labelledby="funnel-title">
      <h3 id="funnel-title" className="visually-hidden">
        {t('events.funnel.title')}
      </h3>
      <ol className="funnel__stages">
        {STAGES.map((stage) => (
          <li key={stage.join('|')} className="funnel__stage">
            {stage.map((status) => (
              <button
                key={status}
                type="button"
                className={`funnel__step funnel__step--${status}`}
                aria-pressed={active === status}
                title={t('events.funnel.filterHint', { status: t(`enums.status.${status}`) })}
                data-status={status}
                onClick={() => onSelect(active === status ? null : status)}
              >
                <span className="funnel__count">{counts[status]}</span>
                <span className="funnel__label">{t(`enums.status.${status}`)}</span>
              </button>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
