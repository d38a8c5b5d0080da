// Calendar-date helpers ('YYYY-MM-DD' strings meaning a day in China): the kernel's, under the
// names this plugin's server code uses.
export { addCalendarDays, chinaDateOf, fromDbDate, toDbDate } from '@gongkai/kernel';
