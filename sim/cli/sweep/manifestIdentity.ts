/**
 * What a sweep folder's manifest says, read only for what identifies the sweep: its hash,
 * its shard, and the sweep itself (to re-plan it). Read like every document (document.ts),
 * so a damaged manifest is refused with its problem at line:column; nothing else in it is
 * trusted (a start time or worker count that does not read is left out), and the manifest
 * is rewritten from the plan.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { validateDocument } from '../../scenario/document';
import { formatIssue } from '../../scenario/issues';
import { MAX_JSON_LENGTH } from '../../scenario/jsonText';
import { CliError } from '../errors';
import { readInputText } from '../readInput';

export const MANIFEST = 'manifest.json';

/** The manifest holds the sweep with its scenario inline, so it may be a little larger than a scenario file. */
const MAX_MANIFEST_BYTES = 2 * MAX_JSON_LENGTH;

const manifestIdentity = z.object({
  // Hexadecimal, as the plan writes it: it is printed in messages, so nothing else may pass.
  sweep_hash: z.string().regex(/^[0-9a-f]{1,64}$/),
  shard: z.strictObject({ index: z.number().int(), count: z.number().int() }).nullable(),
  // The sweep with its scenario inline: only merging reads it, through replanSweep, which validates it.
  sweep: z.unknown().optional(),
  // Any time Date.parse reads, written again as ISO 8601.
  started_at: z
    .string()
    .optional()
    .catch(undefined)
    .transform((at) => (at === undefined || Number.isNaN(Date.parse(at)) ? undefined : new Date(at).toISOString())),
  workers: z.number().int().min(1).optional().catch(undefined),
});

export type ManifestIdentity = z.output<typeof manifestIdentity>;
export type Shard = NonNullable<ManifestIdentity['shard']>;

/** The identity of the sweep whose results `dir` holds; undefined when the folder has no manifest. */
export function readManifest(dir: string): ManifestIdentity | undefined {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return undefined;
  const read = readInputText(path, MAX_MANIFEST_BYTES);
  if (!read.ok) throw new CliError(`${path}: expected ${read.expected}, received ${read.received}`);
  const identity = validateDocument(manifestIdentity, read.text, { source: path });
  if (identity.ok) return identity.data;
  const more = identity.issues.length > 1 ? ` (and ${identity.issues.length - 1} more)` : '';
  throw new CliError(`not a valid sweep manifest: ${formatIssue(identity.issues[0]!)}${more}`);
}
