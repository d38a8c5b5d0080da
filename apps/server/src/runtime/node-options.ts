// V8 options for the platform's long-running processes (`gongkai start`, `serve`, `work`). The
// root `pnpm gongkai` script and the server package's `start` script pass them in NODE_OPTIONS
// (after any the operator set, so an operator's own value of the same option wins); the
// benchmarks start the server with the same. node-options.test.ts checks that the scripts carry
// them and that Node accepts them there.
//
// --max-semi-space-size=8: V8's young generation as two 8 MB semi-spaces instead of 16 MB ones.
// An API process allocates ~50 KB per request, nearly all of it dead by the next scavenge, so the
// larger spaces bought no CPU (interleaved A/B of the item read: within noise) but held 16 MB more,
// and the old generation filled faster with what the larger spaces promoted. Resident memory of
// `gongkai serve` under the read benchmark: 266 MB idle / 279 MB peak with 16 MB, 233 / 243 MB with 8.
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=8'];

/** NODE_OPTIONS for a server process: ours first, then whatever the environment already had. */
export function serverNodeOptions(existing: string | undefined = process.env.NODE_OPTIONS): string {
  return [...SERVER_NODE_OPTIONS, existing ?? ''].join(' ').trim();
}
