/**
 * The popup off a CRM page (product.md §Surfaces): every tracked deal, worst gaps first, as the
 * background sorted them, with a search by deal, account or person. `Pipeline` owns its model;
 * `PipelineView` is the props-only view tests and the popup can drive with any model.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { createPipelineModel, type PipelineModel } from './model';
import { PipelineItem } from './PipelineItem';

export function Pipeline() {
  const [model] = useState(createPipelineModel);
  useEffect(() => void model.load(), [model]);
  return <PipelineView model={model} />;
}

export function PipelineView({ model, now = new Date() }: { model: PipelineModel; now?: Date }) {
  const id = useId();
  return (
    <section class="pipeline" aria-labelledby={`${id}-heading`} data-pipeline>
      <h1 class="pipeline__title" id={`${id}-heading`}>
        {t('pipeline_heading')}
      </h1>
      <Body model={model} now={now} id={id} />
    </section>
  );
}

function Body({ model, now, id }: { model: PipelineModel; now: Date; id: string }) {
  const state = model.state.value;
  switch (state.kind) {
    case 'loading':
      return (
        <p class="state state--loading" role="status" aria-busy="true" data-pipeline-loading>
          {t('pipeline_loading')}
        </p>
      );
    case 'error':
      return (
        <div class="state state--error" role="alert" data-pipeline-error>
          <p class="state__title">{t('pipeline_error')}</p>
          <p class="state__detail">{state.message}</p>
          <button type="button" class="button" onClick={() => void model.load()}>
            {t('pipeline_retry')}
          </button>
        </div>
      );
    case 'ready':
      if (state.deals.length === 0) {
        return (
          <div class="state state--empty" data-pipeline-empty>
            <p class="state__title">{t('pipeline_empty_title')}</p>
            <p>{t('pipeline_empty')}</p>
          </div>
        );
      }
      return <List model={model} now={now} id={id} total={state.deals.length} />;
  }
}

function List({ model, now, id, total }: { model: PipelineModel; now: Date; id: string; total: number }) {
  const deals = model.visible.value;
  const query = model.query.value.trim();
  return (
    <>
      <p class="pipeline__intro">{t('pipeline_intro')}</p>
      <div class="pipeline__search">
        <label for={`${id}-search`}>{t('pipeline_search_label')}</label>
        <input
          id={`${id}-search`}
          type="search"
          data-pipeline-search
          autocomplete="off"
          placeholder={t('pipeline_search_placeholder')}
          value={model.query.value}
          onInput={(event) => (model.query.value = event.currentTarget.value)}
        />
      </div>
      {/* Polite: the count follows typing without interrupting it. */}
      <p class="pipeline__count" role="status" data-pipeline-count>
        {query ? t('pipeline_count_filtered', deals.length, total) : ''}
      </p>
      {model.openFailure.value && (
        <p class="form__error" role="alert">
          {t('pipeline_open_failed', model.openFailure.value)}
        </p>
      )}
      {deals.length === 0 ? (
        <p class="state state--empty" data-pipeline-no-match>
          {t('pipeline_no_match', query)}
        </p>
      ) : (
        <ul class="pipeline__list">
          {deals.map((deal, index) => (
            <PipelineItem key={deal.key} deal={deal} id={`${id}-deal-${index}`} now={now} onOpen={(d) => void model.open(d)} />
          ))}
        </ul>
      )}
    </>
  );
}
