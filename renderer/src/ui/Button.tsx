import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Icon } from './icons';
import type { IconName } from './icons';

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'normal' | 'small';
  icon?: IconName;
  /** For icon-only buttons: the accessible name (also shown as a tooltip). */
  label?: string;
  children?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
};

export function Button({
  variant = 'secondary',
  size = 'normal',
  icon,
  label,
  children,
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  const iconOnly = children === undefined && icon !== undefined;
  const classes = [
    'btn',
    variant !== 'secondary' ? `btn--${variant}` : '',
    size === 'small' ? 'btn--small' : '',
    iconOnly ? 'btn--icon' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type={type}
      className={classes}
      aria-label={iconOnly ? label : undefined}
      title={label}
      {...rest}
    >
      {icon && <Icon name={icon} />}
      {children}
    </button>
  );
}
