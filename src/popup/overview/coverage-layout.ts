/**
 * Where the coverage picture's boxes go: coaches in a left column, buying influences in a right
 * one, lines between. Pure numbers, so the layout is tested without a renderer. Sized for the
 * popup (380px wide, 16px padding each side): the picture is drawn 1:1 there, so 12px text
 * stays 12px.
 */
import type { CoachNode, CoverageModel, RoleNode } from './coverage-model';

export const WIDTH = 348;
export const NODE_WIDTH = 148;
export const COACH_HEIGHT = 40;
/** A role box with a one-line name; each further line of the name adds LINE. */
export const ROLE_HEIGHT = 58;
export const LINE = 15;
const GAP = 12;
const PADDING = 4;
export const RIGHT_X = WIDTH - NODE_WIDTH;

export interface Placed<T> {
  node: T;
  x: number;
  y: number;
  height: number;
}

export interface CoverageLayout {
  height: number;
  coaches: Array<Placed<CoachNode>>;
  roles: Array<Placed<RoleNode>>;
  /** Where an empty column's placeholder box goes ("No coach yet"). */
  coachPlaceholder: Placed<null> | null;
  rolePlaceholder: Placed<null> | null;
  edges: Array<{ from: string; role: string; d: string }>;
}

/** Heights of a column's boxes; an empty column holds one placeholder box. */
const columnHeight = (heights: readonly number[], empty: number) =>
  heights.length === 0 ? empty : heights.reduce((sum, h) => sum + h, 0) + (heights.length - 1) * GAP;

/** `roleLines`: how many lines each role's name takes (German names wrap, see wrapText). */
export function layoutCoverage(model: CoverageModel, roleLines: (node: RoleNode) => number = () => 1): CoverageLayout {
  const roleHeights = model.roles.map((node) => ROLE_HEIGHT + (Math.max(1, roleLines(node)) - 1) * LINE);
  const coachHeights = model.coaches.map(() => COACH_HEIGHT);
  const inner = Math.max(columnHeight(coachHeights, COACH_HEIGHT), columnHeight(roleHeights, ROLE_HEIGHT));
  const height = inner + 2 * PADDING;
  // The shorter column is centred against the taller one, so lines fan out evenly.
  const place = <T>(nodes: readonly T[], x: number, heights: readonly number[], empty: number): Array<Placed<T>> => {
    let y = PADDING + (inner - columnHeight(heights, empty)) / 2;
    return nodes.map((node, index) => {
      const nodeHeight = heights[index] ?? empty;
      const placed = { node, x, y, height: nodeHeight };
      y += nodeHeight + GAP;
      return placed;
    });
  };
  const coaches = place(model.coaches, 0, coachHeights, COACH_HEIGHT);
  const roles = place(model.roles, RIGHT_X, roleHeights, ROLE_HEIGHT);

  const coachAt = new Map(coaches.map((p) => [p.node.key, p]));
  const roleAt = new Map(roles.map((p) => [p.node.role, p]));
  const edges = model.edges.flatMap(({ from, role }) => {
    const a = coachAt.get(from);
    const b = roleAt.get(role);
    if (!a || !b) return [];
    const [x1, y1, x2, y2] = [a.x + NODE_WIDTH, a.y + a.height / 2, b.x, b.y + b.height / 2];
    const bend = (x2 - x1) / 2;
    return [{ from, role, d: `M${x1} ${y1} C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}` }];
  });

  return {
    height,
    coaches,
    roles,
    coachPlaceholder: coaches.length === 0 ? place([null], 0, [COACH_HEIGHT], COACH_HEIGHT)[0] ?? null : null,
    rolePlaceholder: roles.length === 0 ? place([null], RIGHT_X, [ROLE_HEIGHT], ROLE_HEIGHT)[0] ?? null : null,
    edges,
  };
}

/**
 * SVG text does not wrap: a label longer than `max` characters breaks at spaces onto at most
 * `lines` lines ("Wirtschaftlicher / Entscheider"), and what still does not fit is clipped.
 */
export function wrapText(text: string, max: number, lines = 2): string[] {
  const result: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = result.at(-1);
    if (last !== undefined && [...`${last} ${word}`].length <= max) result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
  }
  if (result.length > lines) result.splice(lines - 1, result.length, result.slice(lines - 1).join(' '));
  return result.map((line) => clip(line, max));
}

/** SVG text does not wrap: long CRM names are cut with an ellipsis (the full name is in <title>). */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
