/** Where the rep's tags live. Only claims the code keeps: no server, no account, no request of our own. */
import { t } from '../../platform/i18n';

export function DataNote() {
  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('options_data_heading')}</h2>
      <p>{t('options_data_body')}</p>
      <p>{t('options_data_removal')}</p>
    </section>
  );
}
