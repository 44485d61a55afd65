/** The opportunity the popup is about: its name, then whichever of stage, amount, close date, account the page showed. */
import type { DealView } from '../../domain/view-schema';
import { t } from '../../platform/i18n';

export type DealHeaderProps = Pick<DealView, 'name' | 'stage' | 'amount' | 'closeDate' | 'accountName'> & {
  /** The coach network in one line, in the rep's language. */
  verdict: string;
};

export function DealHeader({ name, stage, amount, closeDate, accountName, verdict }: DealHeaderProps) {
  // Values stay exactly as the CRM displayed them (the rep's locale); absent ones are left out.
  const facts = [
    stage && { id: 'stage', label: t('popup_deal_stage'), text: stage },
    amount && { id: 'amount', label: t('popup_deal_amount'), text: amount },
    closeDate && { id: 'close', label: t('popup_deal_close_date'), text: t('popup_deal_closes', closeDate) },
    accountName && { id: 'account', label: t('popup_deal_account'), text: accountName },
  ].filter((fact) => !!fact);
  return (
    <header class="deal">
      <h1 class="deal__name">{name}</h1>
      {facts.length > 0 && (
        <p class="deal__facts">
          {facts.map((fact, index) => (
            <span key={fact.id} class="deal__fact" title={fact.label}>
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
