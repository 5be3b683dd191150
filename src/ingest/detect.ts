import { extname } from 'node:path';
import type { InputFormat } from '../core/index.js';

/** Decides the format from the extension, then from the content. */
export function detectFormat(path: string, text: string, hint?: InputFormat): InputFormat {
  if (hint) return hint;
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'text';
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/.test(head)) return 'html';
  const tags = text.slice(0, 20000).match(/<\/(p|div|span|a|li|h[1-6])>/gi)?.length ?? 0;
  if (tags >= 5) return 'html';
  return 'text';
}
