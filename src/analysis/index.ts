export { communities, type Community } from './communities.js';
export { hopLength, linkGraph, pathSupport, shortestPaths, type LinkPath, type PathSupport } from './paths.js';
