// Navigation rail, top bar with undo/redo, and the routed page.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistory, useStore, useWorkspaceInfo } from '../data/hooks';
import { useToasts } from '../ui/toasts';
import { exportWorkspaceFile, printViewToPdf } from './workspaceCommands';
import { Button } from '../ui/Button';
import { Icon } from '../ui/icons';
import type { IconName } from '../ui/icons';
import { EmptyState } from '../ui/Notice';
import { getPlatform } from '../platform';
import { routeHref, SECTIONS, useRoute } from './router';
import type { Section } from './router';
import { isTextEditing, useUndoRedo } from './useUndoRedo';
import { preloadPage, RoutedPage } from './pages';
import '../styles/shell.css';

const ICONS: Record<Section, IconName> = {
  people: 'people',
  organisations: 'organisations',
  events: 'events',
  network: 'network',
  representation: 'representation',
  planner: 'planner',
  settings: 'settings',
};

export function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  const info = useWorkspaceInfo();
  const history = useHistory();
  const { undo, redo } = useUndoRedo();
  const contentRef = useRef<HTMLElement>(null);

  const store = useStore();
  const toasts = useToasts();
  const workspaceName = info ? (info.origin === 'demo' ? t('shell.demoName') : info.name) : '';

  useEffect(() => {
    const platform = getPlatform();
    return platform.onMenuCommand((command) => {
      // The menu's Undo/Redo are the app's, except inside a text field, where they undo typing.
      if ((command === 'undo' || command === 'redo') && isTextEditing(document.activeElement)) {
        document.execCommand(command);
      } else if (command === 'undo') void undo();
      else if (command === 'redo') void redo();
      else if (command === 'export-workspace') {
        exportWorkspaceFile(store, platform, workspaceName).then(
          (r) => r.saved && toasts.show(t('shell.exported')),
          (e: unknown) =>
            toasts.show(
              t('errors.saveFailed', { details: e instanceof Error ? e.message : String(e) }),
            ),
        );
      } else if (command === 'print-to-pdf') {
        printViewToPdf(store, platform, workspaceName).catch((e: unknown) =>
          toasts.show(
            t('errors.saveFailed', { details: e instanceof Error ? e.message : String(e) }),
          ),
        );
      }
    });
  }, [undo, redo, store, toasts, t, workspaceName]);

  // Move focus to the page on navigation so that screen readers announce the new page.
  useEffect(() => {
    contentRef.current?.focus({ preventScroll: true });
  }, [route.section]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#content"
        onClick={(e) => {
          e.preventDefault();
          contentRef.current?.focus();
        }}
      >
        {t('nav.skipToContent')}
      </a>
      <nav className="nav" aria-label={t('nav.label')}>
        <div className="nav__brand">
          <span className="nav__logo" aria-hidden="true">
            <Icon name="network" size={16} />
          </span>
          {t('common.appName')}
        </div>
        <ul className="nav__list">
          {SECTIONS.map((section) => (
            <li key={section}>
              <a
                className="nav__link"
                href={routeHref(section)}
                aria-current={route.section === section ? 'page' : undefined}
                onPointerEnter={() => preloadPage(section)}
                onFocus={() => preloadPage(section)}
              >
                <Icon name={ICONS[section]} />
                {t(`nav.${section}`)}
              </a>
            </li>
          ))}
        </ul>
        <div className="nav__footer">
          <span>{t('shell.offline')}</span>
        </div>
      </nav>
      <div className="main">
        <div className="topbar">
          <div className="topbar__workspace">
            {info && (
              <>
                <span>{t('shell.workspaceLabel', { name: workspaceName })}</span>
                {info.origin === 'demo' && <span className="badge">{t('shell.demoBadge')}</span>}
              </>
            )}
          </div>
          <div className="topbar__spacer" />
          <Button
            icon="undo"
            variant="ghost"
            label={
              history.undoLabel
                ? t('shell.undoWith', { action: t(history.undoLabel) })
                : t('shell.nothingToUndo')
            }
            disabled={!history.canUndo}
            onClick={() => void undo()}
          />
          <Button
            icon="redo"
            variant="ghost"
            label={
              history.redoLabel
                ? t('shell.redoWith', { action: t(history.redoLabel) })
                : t('shell.nothingToRedo')
            }
            disabled={!history.canRedo}
            onClick={() => void redo()}
          />
        </div>
        <main
          className="content"
          id="content"
          ref={contentRef}
          tabIndex={-1}
          aria-labelledby="page-title"
        >
          {route.section !== 'not-found' && <RoutedPage section={route.section} id={route.id} />}
          {route.section === 'not-found' && (
            <EmptyState title={t('shell.notFound')}>
              <a href={routeHref('people')}>{t('shell.backToPeople')}</a>
            </EmptyState>
          )}
        </main>
      </div>
    </div>
  );
}
