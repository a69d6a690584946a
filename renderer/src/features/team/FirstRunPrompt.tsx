// Shown once on a new installation: who you are, so that colleagues can tell your changes from
// theirs. Skipping keeps a per-installation default label ("Device 3F9A"); both can be changed
// later in Settings → Team.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentityForm } from './IdentityForm';
import { firstRunWanted, useIdentity } from './identity';
import './team.css';

export function FirstRunPrompt() {
  const { t } = useTranslation();
  const identity = useIdentity();
  const ref = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState(false);
  const open = !done && firstRunWanted(identity, window.location);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog team__first-run"
      aria-labelledby="first-run-title"
      aria-describedby="first-run-body"
      // Escape is a skip for now, not an answer: the prompt comes back at the next start.
      onCancel={() => setDone(true)}
    >
      {open && identity && (
        <div className="dialog__body">
          <h2 id="first-run-title">{t('team.firstRun.title')}</h2>
          <p id="first-run-body">{t('team.firstRun.body')}</p>
          <IdentityForm
            identity={identity}
            submitLabel={t('team.firstRun.save')}
            onSaved={() => setDone(true)}
            onSkip={() => setDone(true)}
          />
        </div>
      )}
    </dialog>
  );
}
