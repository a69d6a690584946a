// The publishing-safety switch shared by the analysis and the facts report: suppress small
// cells (threshold configurable, default 5) in every table, chart and export, with the note.
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { parseThreshold } from './publishModel';
import { useRepresentationView } from './representationViewStore';

/** The checkbox and threshold field. */
export function SuppressionControls() {
  const { t } = useTranslation();
  const view = useRepresentationView();
  const valid = parseThreshold(view.threshold) !== null;
  return (
    <div className="rep-suppression">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={view.suppress}
          onChange={(e) => view.set({ suppress: e.target.checked })}
        />
        {t('representation.facts.suppress')}
      </label>
      <Field
        label={t('representation.facts.threshold')}
        error={valid ? undefined : 'representation.facts.badThreshold'}
      >
        {(c) => (
          <input
            {...c}
            className="input rep-num-input"
            inputMode="numeric"
            value={view.threshold}
            onChange={(e) => view.set({ threshold: e.target.value })}
          />
        )}
      </Field>
    </div>
  );
}

/** The visible note, shown wherever suppressed numbers are. */
export function SuppressionNote({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  return <Notice tone="info">{t('representation.facts.suppressedNote', { threshold })}</Notice>;
}
