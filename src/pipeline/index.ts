export { extract, type PipelineContext } from './extract.js';
