import type { ReactNode } from 'react';
import { Icon } from './icons';

export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'error' | 'warning' | 'success';
  children: ReactNode;
}) {
  const icon = tone === 'info' ? 'info' : tone === 'success' ? 'check' : tone;
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={icon} />
      <div>{children}</div>
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
