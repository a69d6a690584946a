// Met / close / missed: an icon and a word, never colour alone.
import { useTranslation } from 'react-i18next';
import type { RuleStatus } from '@shared/analytics';
import { Icon } from '../../ui/icons';

const ICONS = { met: 'check', close: 'warning', missed: 'error' } as const;

export function RuleStatusBadge({ status }: { status: RuleStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`rep-status rep-status--${status}`}>
      <Icon name={ICONS[status]} size={14} />
      {t(`representation.status.${status}`)}
    </span>
  );
}
