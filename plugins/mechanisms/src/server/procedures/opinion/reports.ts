// Monitoring reports as printable HTML documents (the web page offers them for download).
import { topicRef, weeklyReportInput } from '../../../contracts/opinion';
import { p } from '../../procedure';
import { topicReport as renderTopic, weeklyReport as renderWeekly } from '../../services/opinion-reports';
import { loadTopic } from './load';

export const weeklyReport = p.can('opinion.read').input(weeklyReportInput).query(async ({ ctx, input }) => renderWeekly(ctx.plugin, input.divisionCode, input.weekOf));

export const topicReport = p.can('opinion.read').input(topicRef).query(async ({ ctx, input }) => {
  const { topic } = await loadTopic(ctx.plugin, ctx.guard, input.id);
  return renderTopic(ctx.plugin, topic);
});
