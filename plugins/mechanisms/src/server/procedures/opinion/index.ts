// 舆情监测与回应 (work plan item 15): sources, items, topics, warnings, response tasks, reports.
import { router } from '@gongkai/kernel';
import { addItem, ingest, items, moveItem } from './items';
import { topicReport, weeklyReport } from './reports';
import { fetchSource, saveSource, sources } from './sources';
import { answerTask, tasks } from './tasks';
import { topic, topics, updateTopic } from './topics';
import { assignWarning, closeWarning, dashboard, raiseWarning } from './warnings';

export const opinionRouter = router({
  sources, saveSource, fetchSource,
  addItem, ingest, items, moveItem,
  topics, topic, updateTopic,
  raiseWarning, assignWarning, closeWarning, dashboard,
  tasks, answerTask,
  weeklyReport, topicReport,
});
