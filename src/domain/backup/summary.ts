/**
 * What an import will do (or did), as the rep reads it on the options page before confirming and
 * after: the plan's totals and, per deal that changes, the people it adds, changes and removes.
 */
import type { ImportMode, ImportPlan, Outcome } from './plan';

/** How many names per list the summary carries: the rep reads it, not a machine. */
const NAMES_SHOWN = 12;
/** How many changed deals are listed by name; the rest are counted. */
const DEALS_SHOWN = NAMES_SHOWN * 4;

export interface ImportSummary {
  mode: ImportMode;
  exportedAt: string;
  totals: ImportPlan['totals'];
  deals: Array<{ name: string; outcome: Outcome; peopleAdded: string[]; peopleChanged: string[]; peopleRemoved: string[] }>;
  dealsNotListed: number;
  settings: ImportPlan['settings'];
  /** How many stored values that can't be read the import sets aside. */
  setAside: number;
}

export function importSummary(plan: ImportPlan): ImportSummary {
  const changed = plan.deals.filter((deal) => deal.outcome !== 'keep');
  return {
    mode: plan.mode,
    exportedAt: plan.backup.exportedAt,
    totals: plan.totals,
    deals: changed.slice(0, DEALS_SHOWN).map((deal) => ({
      name: deal.name,
      outcome: deal.outcome,
      peopleAdded: deal.people.added.slice(0, NAMES_SHOWN),
      peopleChanged: deal.people.changed.slice(0, NAMES_SHOWN),
      peopleRemoved: deal.people.removed.slice(0, NAMES_SHOWN),
    })),
    dealsNotListed: Math.max(0, changed.length - DEALS_SHOWN),
    settings: plan.settings,
    setAside: plan.setAside.length,
  };
}
