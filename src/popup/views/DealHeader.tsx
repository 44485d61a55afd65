/** The opportunity the popup is about: its name, then whichever of stage, amount, close date, account the page showed. */
import type { DealView } from '../../domain/view-schema';

export type DealHeaderProps = Pick<DealView, 'name' | 'stage' | 'amount' | 'closeDate' | 'accountName' | 'verdict'>;

export function DealHeader({ name, stage, amount, closeDate, accountName, verdict }: DealHeaderProps) {
  // Values stay exactly as the CRM displayed them (the rep's locale); absent ones are left out.
  const facts = [
    stage && { label: 'Stage', text: stage },
    amount && { label: 'Amount', text: amount },
    closeDate && { label: 'Close date', text: `Closes ${closeDate}` },
    accountName && { label: 'Account', text: accountName },
  ].filter((fact) => !!fact);
  return (
    <header class="deal">
      <h1 class="deal__name">{name}</h1>
      {facts.length > 0 && (
        <p class="deal__facts">
          {facts.map((fact, index) => (
            <span key={fact.label} class="deal__fact" title={fact.label}>
              {index > 0 && <span aria-hidden="true"> · </span>}
              {fact.text}
            </span>
          ))}
        </p>
      )}
      <p class="deal__verdict" data-verdict>
        {verdict}
      </p>
    </header>
  );
}
