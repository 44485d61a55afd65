/**
 * One tracked deal in the pipeline, as an accessible card: the deal's name is the link (its
 * accessible name is exactly its visible text, WCAG 2.5.3) and the rest describes it; the link's
 * ::after stretches over the card, so a click anywhere on it opens the deal too. Enter on the
 * focused link opens it, as on any link.
 */
import type { PipelineEntry } from '../../domain/view-schema';
import { t } from '../../platform/i18n';
import { countText, uiLanguage } from '../overview/locale';
import { absoluteTime, isWebUrl, relativeTime } from './format';

export interface PipelineItemProps {
  deal: PipelineEntry;
  /** Unique on the page, for the aria references. */
  id: string;
  now: Date;
  onOpen(deal: PipelineEntry): void;
}

export function PipelineItem({ deal, id, now, onOpen }: PipelineItemProps) {
  const language = uiLanguage();
  const web = isWebUrl(deal.url);
  return (
    <li class="pipeline__item" data-pipeline-item={deal.key}>
      {web ? (
        <a
          class="pipeline__name pipeline__link"
          href={deal.url}
          data-pipeline-deal={deal.key}
          aria-describedby={`${id}-details`}
          onClick={(event) => {
            // tabs.create, not the link's own navigation: a popup's link would open inside the popup.
            event.preventDefault();
            onOpen(deal);
          }}
        >
          {deal.name}
        </a>
      ) : (
        // A stored address that is not a web page is shown but not offered as a link.
        <span class="pipeline__name" data-pipeline-deal={deal.key}>
          {deal.name}
        </span>
      )}
      <div class="pipeline__details" id={`${id}-details`}>
        {(deal.accountName || deal.stage) && <span class="pipeline__account">{[deal.accountName, deal.stage].filter(Boolean).join(' · ')}</span>}
        <span class="pipeline__counts">
          {deal.critical > 0 && (
            <span class="pill pill--critical" data-count="critical">
              {countText('pipeline_critical', deal.critical)}
            </span>
          )}
          {deal.warning > 0 && (
            <span class="pill pill--warning" data-count="warning">
              {countText('pipeline_warning', deal.warning)}
            </span>
          )}
          {deal.critical + deal.warning === 0 && <span class="pill pill--ok">{t('pipeline_no_gaps')}</span>}
          <span class="pill" data-count="coaches">
            {deal.coachCount === 0 ? t('pipeline_coaches_none') : countText('pipeline_coaches', deal.coachCount)}
          </span>
        </span>
        {deal.topGaps.length > 0 && (
          <ul class="pipeline__gaps" data-top-gaps>
            {deal.topGaps.map((gap, index) => (
              <li key={index} class="pipeline__gap">
                {gap}
              </li>
            ))}
          </ul>
        )}
        <span class="pipeline__activity">
          {t('pipeline_last_activity')}{' '}
          <time dateTime={deal.lastActivity} title={absoluteTime(deal.lastActivity, language)}>
            {relativeTime(deal.lastActivity, now, language)}
          </time>
        </span>
        {!web && <span class="pipeline__note">{t('pipeline_no_link')}</span>}
      </div>
    </li>
  );
}
