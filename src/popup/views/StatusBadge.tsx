/** The same short status the page badge shows (`Coach`, `2/3`, `?`, `✕`), described for screen readers. */
import type { CoachStatus, Criteria } from '../../domain/criteria';
import { badgeLabel, statusDescription } from '../../ui/labels';

export interface StatusBadgeProps {
  status: CoachStatus;
  criteria: Criteria;
}

export function StatusBadge({ status, criteria }: StatusBadgeProps) {
  const description = statusDescription(status, criteria);
  // role="img" makes the aria-label the accessible name; a bare span's aria-label is often ignored.
  return (
    <span class={`status status--${status}`} data-status={status} role="img" aria-label={description} title={description}>
      {badgeLabel(status, criteria)}
    </span>
  );
}
