export * from './span.js';
export * from './message.js';
export * from './errors.js';
export * from './model.js';
export * from './text.js';
export * from './document.js';
export * from './context.js';
export * from './table.js';
