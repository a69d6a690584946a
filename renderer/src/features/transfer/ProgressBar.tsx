// A labelled progress bar with the percentage in words and in aria-valuenow, for the import's
// reading, checking and writing phases.
export function ProgressBar({ label, fraction }: { label: string; fraction: number }) {
  const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  return (
    <div className="transfer-progress">
      <p>{label}</p>
      <div className="transfer-progress__row">
        <div
          className="transfer-progress__track"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
          aria-valuetext={`${pct}%`}
        >
          <div className="transfer-progress__fill" style={{ width: `${pct}%` }} />
        </div>
        <span className="transfer-progress__pct" aria-hidden="true">
          {pct}%
        </span>
      </div>
    </div>
  );
}
