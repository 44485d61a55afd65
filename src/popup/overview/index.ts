/** The deal overview's props-only views: the popup's App wires them to its model. */
export { CoveragePicture } from './CoveragePicture';
export { Checklist, type ChecklistProps } from './Checklist';
export { InternalCoaches, type InternalCoachesProps } from './InternalCoaches';
export { coverageModel, type CoverageModel } from './coverage-model';
