// A progress line for work that may take a while (reading bundles, counting a report): shown only
// once it takes longer than a moment, so quick answers do not flicker. A <progress> without a
// value is the "busy" kind; with value and max it counts files.
import { useEffect, useState } from 'react';

export const PROGRESS_DELAY_MS = 400;

/** True once `active` has lasted `delay` ms; false again as soon as it ends. */
export const useAfterAMoment = (active: boolean, delay = PROGRESS_DELAY_MS): boolean => {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = window.setTimeout(() => setShown(true), delay);
    return () => window.clearTimeout(timer);
  }, [active, delay]);
  return active && shown;
};

export function Progress({ label, value, max }: { label: string; value?: number; max?: number }) {
  return (
    <div className="arr-report-progress" role="status">
      <span>{label}</span>
      <progress aria-label={label} value={value} max={max} />
    </div>
  );
}
