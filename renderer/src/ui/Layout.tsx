// Page scaffolding shared by the list/detail screens.
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div className="page-header__titles">
        <h1 id="page-title">{title}</h1>
        {subtitle && <p className="page-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}

/** A list with an optional detail panel on the right (the panel is a labelled region). */
export function SplitView({
  list,
  detail,
  detailLabel,
}: {
  list: ReactNode;
  detail: ReactNode | null;
  detailLabel: string;
}) {
  return (
    <div className={detail ? 'split split--open' : 'split'}>
      <div className="split__list">{list}</div>
      {detail && (
        <aside className="split__detail" aria-label={detailLabel}>
          {detail}
        </aside>
      )}
    </div>
  );
}

export function Toolbar({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="toolbar" role="toolbar" aria-label={label}>
      {children}
    </div>
  );
}
