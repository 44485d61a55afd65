/** The popup off a CRM page: every tracked deal, worst gaps first. Self-contained (own model). */
export { Pipeline, PipelineView } from './Pipeline';
export { createPipelineModel, type PipelineModel, type PipelineState } from './model';
