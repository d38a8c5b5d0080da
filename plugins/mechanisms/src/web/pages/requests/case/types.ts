import type { Outputs } from '../../shared/api';

/** The staff view of one request (`requests.get`). */
export type Case = Outputs['requests']['get'];

/** Has the case an event of this kind on its timeline? */
export const hasEvent = (c: Case, kind: string) => c.timeline.some((e) => e.kind === kind);
