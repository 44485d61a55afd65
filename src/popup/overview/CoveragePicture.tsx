/**
 * The coverage picture (product.md §Surfaces): coaches → economic / user / technical buying
 * influences. An uncovered influence must stand out without relying on colour (WCAG 1.4.1): its box
 * is dashed and says "Uncovered". The SVG is one image to assistive technology; its <desc> says in
 * words who covers what, so nothing is only in the drawing.
 */
import { useId } from 'preact/hooks';
import type { DealView } from '../../domain/view-schema';
import { t } from '../../platform/i18n';
import { clip, COACH_HEIGHT, layoutCoverage, LINE, NODE_WIDTH, WIDTH, wrapText, type Placed } from './coverage-layout';
import { coverageModel, type CoachNode, type CoverageModel, type RoleNode } from './coverage-model';
import { listOf } from '../../domain/say';
import { roleLabel } from '../../ui/role-label';

// Characters that fit a box's 132px of text: bold 12px names, regular 11px lines (measured with
// the widest fallback font, DejaVu Sans; narrower system fonts leave room to spare).
const NAME_CHARS = 17;
const META_CHARS = 20;

/** "Wirtschaftlicher Entscheider" takes two lines where "Economic Buyer" takes one. */
const roleTitle = (node: RoleNode) => wrapText(roleLabel(node.role), NAME_CHARS);

export function CoveragePicture({ deal }: { deal: DealView }) {
  const titleId = useId();
  const descId = useId();
  const model = coverageModel(deal);
  const layout = layoutCoverage(model, (node) => roleTitle(node).length);
  const covered = model.roles.filter((r) => r.covered).length;
  return (
    <section class="overview coverage" aria-labelledby={`${titleId}-heading`}>
      <h2 class="overview__title" id={`${titleId}-heading`}>
        {t('overview_coverage_heading')}
      </h2>
      {model.roles.length > 0 && (
        <p class="overview__summary" data-coverage-summary>
          {t('overview_coverage_summary', covered, model.roles.length)}
        </p>
      )}
      <svg
        class="coverage__svg"
        data-coverage
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${WIDTH} ${layout.height}`}
        width={WIDTH}
        height={layout.height}
      >
        <title id={titleId}>{t('overview_coverage_title')}</title>
        <desc id={descId}>{describeCoverage(model, deal)}</desc>
        {/* Lines first, so the boxes are drawn over their ends. */}
        {layout.edges.map((edge) => (
          <path key={`${edge.from}->${edge.role}`} class="coverage__edge" data-edge={`${edge.from}->${edge.role}`} d={edge.d} />
        ))}
        {layout.coaches.map((placed) => (
          <CoachBox key={placed.node.key} placed={placed} />
        ))}
        {layout.roles.map((placed) => (
          <RoleBox key={placed.node.role} placed={placed} deal={deal} />
        ))}
        {layout.coachPlaceholder && <Placeholder placed={layout.coachPlaceholder} text={t('overview_coverage_no_coach')} />}
        {layout.rolePlaceholder && <Placeholder placed={layout.rolePlaceholder} text={t('overview_coverage_no_roles')} />}
      </svg>
      {model.absentRoles.length > 0 && model.roles.length > 0 && (
        <p class="overview__note">{t('overview_coverage_absent', listOf(t, model.absentRoles.map(roleLabel)))}</p>
      )}
    </section>
  );
}

function CoachBox({ placed: { node, x, y } }: { placed: Placed<CoachNode> }) {
  return (
    <g class={`coverage__node coverage__node--${node.kind}`} data-coach-node={node.key} data-kind={node.kind}>
      <title>{node.name}</title>
      <rect x={x + 1} y={y + 1} width={NODE_WIDTH - 2} height={COACH_HEIGHT - 2} rx="4" />
      <text class="coverage__name" x={x + 8} y={y + 17}>
        {clip(node.name, NAME_CHARS)}
      </text>
      <text class="coverage__meta" x={x + 8} y={y + 31}>
        {node.kind === 'coach' ? t('overview_coverage_kind_coach') : t('overview_coverage_kind_internal')}
      </text>
    </g>
  );
}

function RoleBox({ placed: { node, x, y, height }, deal }: { placed: Placed<RoleNode>; deal: DealView }) {
  const [first, ...others] = node.holders;
  const more = others.length > 0 ? ` +${others.length}` : '';
  const holders = first ? `${clip(first.name, META_CHARS - more.length)}${more}` : '';
  const state = node.covered ? 'covered' : 'uncovered';
  const title = roleTitle(node);
  const below = y + 17 + (title.length - 1) * LINE;
  return (
    <g class={`coverage__node coverage__node--role coverage__node--${state}`} data-role-node={node.role} data-covered={String(node.covered)}>
      <title>{roleSentence(node, deal)}</title>
      {/* The dash is the non-colour signal of a gap; the CSS colours it too. */}
      <rect x={x + 1} y={y + 1} width={NODE_WIDTH - 2} height={height - 2} rx="4" stroke-dasharray={node.covered ? undefined : '6 4'} />
      {title.map((line, index) => (
        <text key={index} class="coverage__name" x={x + 8} y={y + 17 + index * LINE}>
          {line}
        </text>
      ))}
      <text class="coverage__meta" x={x + 8} y={below + 15}>
        {holders}
      </text>
      <text class={`coverage__state coverage__state--${state}`} x={x + 8} y={below + 31} data-coverage-state={state}>
        {node.covered ? `✓ ${t('overview_coverage_covered')}` : `⚠ ${t('overview_coverage_uncovered')}`}
      </text>
    </g>
  );
}

function Placeholder({ placed: { x, y, height }, text }: { placed: Placed<null>; text: string }) {
  return (
    <g class="coverage__node coverage__node--placeholder">
      <rect x={x + 1} y={y + 1} width={NODE_WIDTH - 2} height={height - 2} rx="4" stroke-dasharray="6 4" />
      <text class="coverage__meta" x={x + 8} y={y + height / 2 + 4}>
        {text}
      </text>
    </g>
  );
}

const nameOf = (deal: DealView, key: string) =>
  deal.contacts.find((c) => c.key === key)?.name ?? deal.internalCoaches.find((c) => c.key === key)?.name ?? key;

function roleSentence(node: RoleNode, deal: DealView): string {
  const holders = listOf(t, node.holders.map((h) => h.name));
  return node.covered
    ? t('overview_coverage_desc_covered', roleLabel(node.role), holders, listOf(t, node.coveredBy.map((key) => nameOf(deal, key))))
    : t('overview_coverage_desc_uncovered', roleLabel(node.role), holders);
}

/** The picture in words: every present role with who covers it, then what is missing. */
export function describeCoverage(model: CoverageModel, deal: DealView): string {
  const sentences = model.roles.map((node) => roleSentence(node, deal));
  if (model.roles.length === 0) sentences.push(t('overview_coverage_desc_no_roles'));
  else if (model.absentRoles.length > 0) sentences.push(t('overview_coverage_absent', listOf(t, model.absentRoles.map(roleLabel))));
  if (model.coaches.length === 0) sentences.push(t('overview_coverage_desc_no_coach'));
  const idle = model.coaches.filter((c) => !model.edges.some((e) => e.from === c.key));
  if (idle.length > 0) sentences.push(t('overview_coverage_desc_idle', listOf(t, idle.map((c) => c.name))));
  return sentences.join(' ');
}
