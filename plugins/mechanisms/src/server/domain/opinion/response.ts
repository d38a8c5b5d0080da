// Response tasks a warning creates, with deadlines in hours from the moment it is raised.
// Major emergencies (特别重大、重大突发事件, 国办发〔2016〕80号): every responsible organisation
// publishes authoritative information within 5 hours; the lead organisation (the first one named,
// 牵头单位) holds a press conference within 24 hours. Other opinion (国办发〔2016〕61号): every
// responsible organisation responds within 48 hours. The hours are division settings.
import type { OpinionSettings, TaskKind, WarningLevel } from '../../../contracts/opinion';

export interface PlannedTask { organizationId: string; kind: TaskKind; dueAt: Date }

export function isMajorEmergency(level: WarningLevel, flagged: boolean | undefined, s: Pick<OpinionSettings, 'majorEmergencyLevels'>): boolean {
  return flagged ?? s.majorEmergencyLevels.includes(level);
}

export function planTasks(raisedAt: Date, majorEmergency: boolean, organizationIds: readonly string[], s: Pick<OpinionSettings, 'responseRules'>): PlannedTask[] {
  const at = (h: number) => new Date(raisedAt.getTime() + h * 3_600_000);
  const orgs = [...new Set(organizationIds)];
  if (!majorEmergency) return orgs.map((organizationId) => ({ organizationId, kind: 'response', dueAt: at(s.responseRules.general.responseHours) }));
  const r = s.responseRules.majorEmergency;
  const tasks: PlannedTask[] = orgs.map((organizationId) => ({ organizationId, kind: 'authoritative-info', dueAt: at(r.authoritativeInfoHours) }));
  if (orgs[0]) tasks.push({ organizationId: orgs[0], kind: 'press-conference', dueAt: at(r.pressConferenceHours) });
  return tasks;
}

/** On time when answered no later than the deadline. */
export const answeredOnTime = (answeredAt: Date, dueAt: Date): boolean => answeredAt.getTime() <= dueAt.getTime();
