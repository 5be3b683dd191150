import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { NexusError } from '../core/index.js';

/** Validates a part of the request; a bad value is a BadParameter error naming the parameter. */
export function valid<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : target;
      throw new NexusError('BadParameter', `${where}: ${issue?.message ?? 'is not valid'}`, { subject: where });
    }
  });
}
